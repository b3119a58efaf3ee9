package dev.ec2gateway.standin;

/** The one command table of the stand-in, assembled from the resource areas. */
final class Commands {

    private Commands() {
    }

    static CommandTable all() {
        return new CommandTable()
                .register(AccountsApi.commands())
                .register(Jobs.commands())
                .register(ZonesApi.commands())
                .register(CatalogApi.commands())
                .register(TemplatesApi.commands())
                .register(KeyPairsApi.commands())
                .register(VirtualMachinesApi.commands())
                .register(VolumesApi.commands())
                .register(SnapshotsApi.commands())
                .register(SecurityGroupsApi.commands())
                .register(TagsApi.commands())
                .register(LimitsApi.commands())
                .register(PublicIpsApi.commands())
                .register(TemplateChangesApi.commands());
    }
}
