package dev.ec2gateway.actions.instances;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.actions.instances.CsCatalog.CsId;
import dev.ec2gateway.actions.instances.CsCatalog.CsPassword;
import dev.ec2gateway.actions.instances.CsCatalog.CsServiceOffering;
import dev.ec2gateway.actions.instances.CsCatalog.CsUserData;
import dev.ec2gateway.cloudstack.CloudStack;
import dev.ec2gateway.cloudstack.CloudStackException;
import dev.ec2gateway.cloudstack.Command;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Ids.Kind;
import java.time.Clock;
import java.util.List;

/** GetPasswordData, DescribeInstanceAttribute and ModifyInstanceAttribute on one VM. */
public final class InstanceAttributeTranslator {
    private final InstanceTranslator instances;
    private final ResourceIds ids;
    private final Clock clock;

    public InstanceAttributeTranslator(InstanceTranslator instances, ResourceIds ids, Clock clock) {
        this.instances = instances;
        this.ids = ids;
        this.clock = clock;
    }

    /** Without a password (not yet set, or a template without one) EC2 answers empty password data, not an error. */
    public GetPasswordDataResult getPasswordData(GetPasswordDataRequest request, CallContext context) {
        Listed instance = one(context, request.instanceId());
        String password = "";
        try {
            CsPassword answer = context.cloudStack().get(Command.of("getVMPassword").with("id", instance.uuid()),
                    "password", CsPassword.class);
            if (answer != null && answer.encryptedpassword() != null) {
                password = answer.encryptedpassword();
            }
        } catch (CloudStackException e) {
            if (e.errorCode() != 431) {
                throw e;
            }
        }
        return new GetPasswordDataResult(request.instanceId(), clock.instant(), password);
    }

    public DescribeInstanceAttributeResult describeInstanceAttribute(DescribeInstanceAttributeRequest request,
                                                                     CallContext context) {
        Listed listed = one(context, request.instanceId());
        Instance instance = listed.instance();
        String id = instance.instanceId();
        return switch (request.attribute()) {
            case "instanceType" -> result(id).instanceType(new AttributeValue(instance.instanceType())).build();
            case "userData" -> result(id).userData(new AttributeValue(userData(context, listed))).build();
            case "disableApiTermination" -> result(id).disableApiTermination(new AttributeBooleanValue(false)).build();
            case "disableApiStop" -> result(id).disableApiStop(new AttributeBooleanValue(false)).build();
            case "instanceInitiatedShutdownBehavior" ->
                    result(id).instanceInitiatedShutdownBehavior(new AttributeValue("stop")).build();
            case "rootDeviceName" -> result(id).rootDeviceName(new AttributeValue(instance.rootDeviceName())).build();
            case "blockDeviceMapping" -> result(id).blockDeviceMapping(instance.blockDeviceMapping()).build();
            case "groupSet" -> result(id).groupSet(instance.groupSet()).build();
            case "productCodes" -> result(id).productCodes(List.of()).build();
            case "sourceDestCheck" -> result(id).sourceDestCheck(new AttributeBooleanValue(true)).build();
            case "ebsOptimized" -> result(id).ebsOptimized(new AttributeBooleanValue(false)).build();
            default -> throw Ec2Error.INVALID_PARAMETER_VALUE.with("Value (" + request.attribute()
                    + ") for parameter attribute is invalid. This gateway answers instanceType, userData,"
                    + " disableApiTermination, disableApiStop, instanceInitiatedShutdownBehavior, rootDeviceName,"
                    + " blockDeviceMapping, groupSet, productCodes, sourceDestCheck and ebsOptimized.");
        };
    }

    /**
     * The instance type and the security groups change only while the instance is stopped (CloudStack
     * refuses otherwise, and so does EC2); user data changes at any time.
     */
    public ModifyInstanceAttributeResult modifyInstanceAttribute(ModifyInstanceAttributeRequest request,
                                                                 CallContext context) {
        Listed listed = one(context, request.instanceId());
        CloudStack cloudStack = context.cloudStack();
        String type = request.instanceType() != null ? request.instanceType().value()
                : "instanceType".equals(request.attribute()) ? request.value() : null;
        String userData = request.userData() != null ? request.userData().value()
                : "userData".equals(request.attribute()) ? request.value() : null;
        if (type != null) {
            requireStopped(listed, "modified (its instance type)");
            CsServiceOffering offering = instances.instanceTypes().offering(cloudStack, type);
            cloudStack.get(Command.of("changeServiceForVirtualMachine").with("id", listed.uuid())
                    .with("serviceofferingid", offering.id()), "virtualmachine", CsId.class);
        } else if (userData != null) {
            cloudStack.get(Command.of("updateVirtualMachine").with("id", listed.uuid())
                    .with("userdata", userData.replaceAll("\\s", "")), "virtualmachine", CsId.class);
        } else if (!request.groupIds().isEmpty()) {
            requireStopped(listed, "modified (its security groups)");
            List<String> groups = List.copyOf(ids.uuidsOf(Kind.SECURITY_GROUP, request.groupIds(), () -> cloudStack
                    .list(Command.of("listSecurityGroups"), "securitygroup", CsId.class).stream().map(CsId::id)
                    .toList()).values());
            cloudStack.get(Command.of("updateVirtualMachine").with("id", listed.uuid())
                    .withList("securitygroupids", groups), "virtualmachine", CsId.class);
        } else {
            throw Ec2Error.INVALID_PARAMETER_COMBINATION.with("Give one of InstanceType.Value, UserData.Value or"
                    + " GroupId.N (or Attribute with Value); this gateway changes only those.");
        }
        return new ModifyInstanceAttributeResult(true);
    }

    private Listed one(CallContext context, String instanceId) {
        return instances.find(context, List.of(instanceId)).get(instanceId);
    }

    private static void requireStopped(Listed listed, String what) {
        InstanceState state = listed.instance().instanceState();
        if (!state.equals(InstanceState.STOPPED)) {
            throw Ec2Error.INCORRECT_INSTANCE_STATE.with(listed.instance().instanceId(), state.name(), what);
        }
    }

    private static String userData(CallContext context, Listed listed) {
        CsUserData data = context.cloudStack().get(Command.of("getVirtualMachineUserData")
                .with("virtualmachineid", listed.uuid()), "virtualmachineuserdata", CsUserData.class);
        return data == null || data.userdata() == null ? "" : data.userdata();
    }

    private static AttributeResult result(String instanceId) {
        return new AttributeResult(instanceId);
    }

    /** Fills the one attribute of a DescribeInstanceAttribute answer. */
    private static final class AttributeResult {
        private final String instanceId;
        private AttributeValue instanceType;
        private AttributeValue userData;
        private AttributeBooleanValue disableApiTermination;
        private AttributeValue shutdownBehavior;
        private AttributeValue rootDeviceName;
        private List<InstanceBlockDeviceMapping> blockDeviceMapping;
        private List<GroupIdentifier> groupSet;
        private List<ProductCode> productCodes;
        private AttributeBooleanValue sourceDestCheck;
        private AttributeBooleanValue ebsOptimized;
        private AttributeBooleanValue disableApiStop;

        AttributeResult(String instanceId) {
            this.instanceId = instanceId;
        }

        AttributeResult instanceType(AttributeValue v) {
            instanceType = v;
            return this;
        }

        AttributeResult userData(AttributeValue v) {
            userData = v;
            return this;
        }

        AttributeResult disableApiTermination(AttributeBooleanValue v) {
            disableApiTermination = v;
            return this;
        }

        AttributeResult instanceInitiatedShutdownBehavior(AttributeValue v) {
            shutdownBehavior = v;
            return this;
        }

        AttributeResult rootDeviceName(AttributeValue v) {
            rootDeviceName = v;
            return this;
        }

        AttributeResult blockDeviceMapping(List<InstanceBlockDeviceMapping> v) {
            blockDeviceMapping = v;
            return this;
        }

        AttributeResult groupSet(List<GroupIdentifier> v) {
            groupSet = v;
            return this;
        }

        AttributeResult productCodes(List<ProductCode> v) {
            productCodes = v;
            return this;
        }

        AttributeResult sourceDestCheck(AttributeBooleanValue v) {
            sourceDestCheck = v;
            return this;
        }

        AttributeResult ebsOptimized(AttributeBooleanValue v) {
            ebsOptimized = v;
            return this;
        }

        AttributeResult disableApiStop(AttributeBooleanValue v) {
            disableApiStop = v;
            return this;
        }

        DescribeInstanceAttributeResult build() {
            return new DescribeInstanceAttributeResult(instanceId, instanceType, userData, disableApiTermination,
                    shutdownBehavior, rootDeviceName, blockDeviceMapping, groupSet, productCodes, sourceDestCheck,
                    ebsOptimized, disableApiStop);
        }
    }
}
