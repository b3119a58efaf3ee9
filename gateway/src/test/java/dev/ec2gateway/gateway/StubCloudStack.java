package dev.ec2gateway.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** WireMock standing in for CloudStack's API on a free loopback port; close it after the test. */
public final class StubCloudStack implements AutoCloseable {
    public static final String ZONES = """
            {"listzonesresponse":{"count":1,"zone":[
             {"id":"a9d3ff9b-df0d-4e4e-b82f-a1b2fda693cf","name":"Sim-Basic","domain":"sandbox.simulator",
              "networktype":"Basic","securitygroupsenabled":true,"allocationstate":"Enabled","tags":[]}]}}""";
    public static final String CAPABILITIES =
            "{\"listcapabilitiesresponse\":{\"capability\":{\"cloudstackversion\":\"4.20.2.0\"}}}";

    public final WireMockServer server;

    public StubCloudStack() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        stub("listZones", ZONES);
        stub("listCapabilities", CAPABILITIES);
    }

    public String url() {
        return "http://127.0.0.1:" + server.port() + "/client/api";
    }

    /** Answers {@code command} with this JSON (HTTP 200). */
    public StubCloudStack stub(String command, String json) {
        server.stubFor(WireMock.get(WireMock.urlPathEqualTo("/client/api"))
                .withQueryParam("command", WireMock.equalTo(command))
                .willReturn(WireMock.aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json;charset=utf-8").withBody(json)));
        return this;
    }

    @Override
    public void close() {
        server.stop();
    }
}
