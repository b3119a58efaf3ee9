package dev.ec2gateway.gateway.http;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * A whole answer gathered before it is sent, in blocks that grow from 4 KiB to 256 KiB. A single growing array
 * copied the answer of a long listing over and over and held it up to three times at its last growth (tens of
 * megabytes for 10,000 instances), and Jetty's socket write of one huge heap buffer went through a direct
 * buffer of the same size. For one writer thread only.
 */
final class AnswerBlocks extends OutputStream {
    private static final int FIRST_BLOCK = 4 * 1024;
    private static final int LARGEST_BLOCK = 256 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] block = new byte[FIRST_BLOCK];
    private int count;
    private long size;

    @Override
    public void write(int b) {
        if (count == block.length) {
            next();
        }
        block[count++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        size += length;
        while (length > 0) {
            if (count == block.length) {
                next();
            }
            int taken = Math.min(length, block.length - count);
            System.arraycopy(bytes, offset, block, count, taken);
            count += taken;
            offset += taken;
            length -= taken;
        }
    }

    /** Bytes written so far. */
    long size() {
        return size;
    }

    /** Sends the blocks one after the other, the last with {@code last} set; then completes {@code callback}. */
    void send(Response response, Callback callback) {
        List<ByteBuffer> buffers = new ArrayList<>(full.size() + 1);
        full.forEach(b -> buffers.add(ByteBuffer.wrap(b)));
        buffers.add(ByteBuffer.wrap(block, 0, count));
        new IteratingCallback() {
            private int sent;

            @Override
            protected Action process() {
                if (sent == buffers.size()) {
                    return Action.SUCCEEDED;
                }
                ByteBuffer buffer = buffers.get(sent++);
                response.write(sent == buffers.size(), buffer, this);
                return Action.SCHEDULED;
            }

            @Override
            protected void onCompleteSuccess() {
                callback.succeeded();
            }

            @Override
            protected void onCompleteFailure(Throwable cause) {
                callback.failed(cause);
            }
        }.iterate();
    }

    private void next() {
        full.add(block);
        block = new byte[Math.min(LARGEST_BLOCK, block.length * 2)];
        count = 0;
    }
}
