package dev.ec2gateway.standin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** Serves {@code /client/api} (GET query or POST form) and writes the dispatcher's JSON answer. */
final class ApiHandler extends Handler.Abstract {

    static final String PATH = "/client/api";

    private final Dispatcher dispatcher;

    ApiHandler(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        Map<String, String> params = new LinkedHashMap<>();
        Fields fields = Request.getParameters(request);
        for (Fields.Field field : fields) {
            params.put(field.getName(), field.getValue());
        }
        if (!"json".equalsIgnoreCase(params.getOrDefault("response", ""))) {
            response.setStatus(HttpStatus.BAD_REQUEST_400);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            Content.Sink.write(response, true, "This CloudStack stand-in answers only response=json\n", callback);
            return true;
        }
        Answer answer = dispatcher.dispatch(params);
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        byte[] body = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
        response.write(true, java.nio.ByteBuffer.wrap(body), callback);
        return true;
    }
}
