package dev.ec2gateway.actions;

import dev.ec2gateway.wsdl.Ec2Actions;
import dev.ec2gateway.wsdl.Ec2Wsdl;
import java.util.List;

/** Renders docs/actions.md: what the gateway supports, with which CloudStack commands, from the table. */
final class CoveragePage {
    private CoveragePage() {
    }

    static String render(ActionTable table) {
        List<Action<?, ?>> rows = table.rows();
        List<String> unsupported = Ec2Actions.known().stream()
                .filter(name -> table.find(name).isEmpty())
                .sorted()
                .toList();
        StringBuilder page = new StringBuilder();
        page.append("# Supported actions\n\n");
        page.append("Generated from the action table by `ActionTableTest`; do not edit by hand.\n\n");
        page.append("Mode: `sync` answers from synchronous CloudStack calls; `accepted` answers as soon as CloudStack\n");
        page.append("has accepted the job; `awaited` waits (bounded) for the job because EC2's answer needs its result.\n");
        page.append("API: `Query, SOAP` when the action is also an operation of the gateway's WSDL (docs/soap.md).\n\n");
        page.append("| EC2 action | CloudStack command(s) | mode | API |\n|---|---|---|---|\n");
        for (Action<?, ?> row : rows) {
            String commands = row.cloudStackCommands().isEmpty() ? "(none: answered by the gateway)"
                    : String.join(", ", row.cloudStackCommands().stream().map(c -> "`" + c + "`").toList());
            String name = ActionTable.GATEWAY_ACTIONS.contains(row.name()) ? row.name() + " (gateway's own)" : row.name();
            page.append("| ").append(name).append(" | ").append(commands).append(" | ")
                    .append(row.mode().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                    .append(Ec2Wsdl.operations().contains(row.name()) ? "Query, SOAP" : "Query").append(" |\n");
        }
        page.append("\n").append(rows.size()).append(" actions supported. The other ").append(unsupported.size())
                .append(" actions of the EC2 API answer `UnsupportedOperation`:\n\n");
        page.append(String.join(", ", unsupported)).append(".\n");
        return page.toString();
    }
}
