package dev.ec2gateway.standin;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A stateful, in-memory CloudStack 4.20 management API on 127.0.0.1 that answers a regular user the way a real
 * CloudStack (simulator hypervisor) does: two zones, two regular accounts and a root admin, VMs with CloudStack's
 * state machine, asynchronous jobs.
 */
public final class CloudStackStandIn implements AutoCloseable {

    private final Server server;
    private final Store store;
    private final JobEngine jobs;

    private CloudStackStandIn(Server server, Store store, JobEngine jobs) {
        this.server = server;
        this.store = store;
        this.jobs = jobs;
    }

    /** Starts a stand-in with the given settings; the caller closes it. */
    public static CloudStackStandIn start(StandInSettings settings) {
        Store store = new Store(Clock.systemUTC(), settings.fixedKeys());
        Seed.populate(store);
        JobEngine jobs = new JobEngine(store, settings.stateDelay());
        Dispatcher dispatcher = new Dispatcher(store, jobs, Commands.all());
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setHandler(new ApiHandler(dispatcher));
        try {
            server.start();
        } catch (Exception e) {
            jobs.close();
            throw new IllegalStateException("cannot start the CloudStack stand-in on port " + settings.port(), e);
        }
        return new CloudStackStandIn(server, store, jobs);
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + port() + ApiHandler.PATH);
    }

    /** The regular user {@code ec2user}. */
    public StandInUser user() {
        return seeded("ec2user");
    }

    /** A second regular account, {@code ec2other}, whose resources the first user may not touch. */
    public StandInUser otherUser() {
        return seeded("ec2other");
    }

    /** The root admin (for the gateway's key-lookup mode). */
    public StandInUser admin() {
        return seeded("admin");
    }

    /** Creates a new regular account with one user of the same name and fresh keys. */
    public StandInUser createUser(String accountName) {
        synchronized (store) {
            if (store.accountByName(accountName).isPresent()) {
                throw new IllegalArgumentException("account exists: " + accountName);
            }
            Account account = store.addAccount(store.newId(), accountName, 0);
            User user = store.addUser(store.newId(), account, accountName, "EC2", accountName);
            store.registerKeys(user);
            return user.asStandInUser();
        }
    }

    /**
     * Adds {@code count} Running VMs with ROOT volumes for the account, straight into the store: beyond its VM
     * limit, without jobs (for benchmarks that list thousands of instances). Returns their ids.
     */
    public List<String> preloadVms(String accountName, int count) {
        synchronized (store) {
            return PreloadedVms.add(store, accountName, count);
        }
    }

    /** Enables or disables the user with this id; a disabled user's calls fail with 401. */
    public void setUserEnabled(String userId, boolean enabled) {
        synchronized (store) {
            User user = store.users().get(userId);
            if (user == null) {
                throw new IllegalArgumentException("no such user: " + userId);
            }
            user.setEnabled(enabled);
        }
    }

    /** Enables or disables an account by name; calls of its users then fail with 401. */
    public void setAccountEnabled(String accountName, boolean enabled) {
        synchronized (store) {
            store.accountByName(accountName)
                    .orElseThrow(() -> new IllegalArgumentException("no such account: " + accountName))
                    .setEnabled(enabled);
        }
    }

    /** Moves every unfinished job and transition on by one step now (tests with a long state delay). */
    void advance() {
        jobs.advance();
    }

    private StandInUser seeded(String account) {
        synchronized (store) {
            return store.accountByName(account).orElseThrow().users().get(0).asStandInUser();
        }
    }

    @Override
    public void close() {
        jobs.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the CloudStack stand-in", e);
        }
    }

    /** Runs a stand-in until killed, with the options {@link LaunchOptions} describes. */
    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        CloudStackStandIn standIn = start(options.settings());
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close));
        options.preload(standIn, System.out);
        System.out.println("CloudStack stand-in listening on " + standIn.apiUrl());
        for (StandInUser user : new StandInUser[] {standIn.user(), standIn.otherUser(), standIn.admin()}) {
            // Printing the keys is the point of the demo mode: they are fixed, well-known test keys.
            System.out.println("  " + user.account() + "  apiKey=" + user.apiKey() + "  secretKey=" + user.secretKey());
        }
        Thread.currentThread().join();
    }
}
