package dev.ec2gateway.actions.images;

import dev.ec2gateway.actions.CallContext;
import dev.ec2gateway.actions.ResourceIds;
import dev.ec2gateway.cloudstack.Command;

/**
 * The image actions on CloudStack's templates: DescribeImages, RegisterImage, CreateImage, DeregisterImage
 * and the launch-permission and description attributes. Each concept lives in its own class; this one is
 * the row target of each action.
 */
public final class ImageTranslator {
    private final ResourceIds ids;
    private final ImageListing listing;
    private final ImageRegistration registration;
    private final ImageCreation creation;
    private final LaunchPermissions attributes;

    public ImageTranslator(ResourceIds ids) {
        this.ids = ids;
        this.listing = new ImageListing(ids);
        this.registration = new ImageRegistration(ids);
        this.creation = new ImageCreation(ids);
        this.attributes = new LaunchPermissions(ids);
    }

    public DescribeImagesResult describeImages(DescribeImagesRequest request, CallContext context) {
        return listing.describeImages(request, context.cloudStack());
    }

    public RegisterImageResult registerImage(RegisterImageRequest request, CallContext context) {
        return registration.registerImage(request, context.cloudStack());
    }

    public CreateImageResult createImage(CreateImageRequest request, CallContext context) {
        return creation.createImage(request, context.cloudStack());
    }

    /** Deleting a template is a job: the answer comes once CloudStack has accepted it, as on EC2. */
    public DeregisterImageResult deregisterImage(DeregisterImageRequest request, CallContext context) {
        String uuid = Templates.uuidOf(ids, context.cloudStack(), request.imageId());
        context.cloudStack().submit(Command.of("deleteTemplate").with("id", uuid));
        return new DeregisterImageResult(true);
    }

    public DescribeImageAttributeResult describeImageAttribute(DescribeImageAttributeRequest request,
                                                               CallContext context) {
        return attributes.describeImageAttribute(request, context.cloudStack());
    }

    public ModifyImageAttributeResult modifyImageAttribute(ModifyImageAttributeRequest request, CallContext context) {
        return attributes.modifyImageAttribute(request, context.cloudStack());
    }

    public ResetImageAttributeResult resetImageAttribute(ResetImageAttributeRequest request, CallContext context) {
        return attributes.resetImageAttribute(request, context.cloudStack());
    }
}
