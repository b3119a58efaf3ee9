package dev.ec2gateway.demo;

import dev.ec2gateway.gateway.GatewayApp;
import dev.ec2gateway.gateway.Main;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import dev.ec2gateway.standin.CloudStackStandIn;
import dev.ec2gateway.standin.StandInSettings;
import dev.ec2gateway.standin.StandInUser;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code ec2-gateway --demo}: the gateway in front of the in-memory CloudStack stand-in, in one process,
 * with a registered user whose keys it prints ready to paste. A stand-in for trying the gateway, not a cloud.
 */
public final class DemoMain implements AutoCloseable {
    private final CloudStackStandIn standIn;
    private final GatewayApp gateway;

    private DemoMain(CloudStackStandIn standIn, GatewayApp gateway) {
        this.standIn = standIn;
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        DemoMain demo = start(args, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(demo::close, "ec2-gateway-demo-shutdown"));
        demo.gateway.join();
    }

    /** Starts the stand-in and the gateway with the gateway's usual flags, and prints the welcome. */
    static DemoMain start(String[] args, PrintStream out) throws Exception {
        Main main = new Main();
        Main.commandLine(main).parseArgs(Arrays.stream(args).filter(a -> !a.equals("--demo")).toArray(String[]::new));
        GatewayConfig config = main.config();
        CloudStackStandIn standIn = CloudStackStandIn.start(
                StandInSettings.defaults().withPort(0).withStateDelay(StandInSettings.DEMO_STATE_DELAY));
        GatewayApp gateway;
        try {
            gateway = GatewayApp.start(config.with(ConfigKey.CLOUDSTACK_URL, standIn.apiUrl().toString()));
        } catch (Exception e) {
            standIn.close();
            throw e;
        }
        StandInUser user = standIn.user();
        gateway.registerUser(user.apiKey(), user.secretKey());
        DemoMain demo = new DemoMain(standIn, gateway);
        demo.printWelcome(out, user, config.get(ConfigKey.REGION_NAME));
        return demo;
    }

    private void printWelcome(PrintStream out, StandInUser user, String region) {
        out.println();
        out.println("DEMO MODE: the gateway runs in front of an in-memory CloudStack STAND-IN at " + standIn.apiUrl());
        out.println("It is made for trying the gateway: it is not a cloud, and everything is gone when it stops.");
        out.println("Paste these lines into a shell:");
        out.println();
        out.println("AWS_ACCESS_KEY_ID=" + user.apiKey());
        out.println("AWS_SECRET_ACCESS_KEY=" + user.secretKey());
        out.println("EC2_URL=" + gateway.endpoint());
        out.println("export AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY EC2_URL");
        out.println("aws --endpoint-url \"$EC2_URL\" --region " + region + " ec2 describe-availability-zones");
        out.println();
        out.flush();
    }

    @Override
    public void close() {
        gateway.close();
        standIn.close();
    }
}
