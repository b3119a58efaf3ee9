package dev.ec2gateway.gateway.xml;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Gathers single bytes into blocks for another stream, without the lock the JDK's buffered streams take on
 * every write. For one writer thread only; {@link #flush} hands over what is gathered.
 */
final class ByteBatcher extends OutputStream {
    private final OutputStream out;
    private final byte[] block = new byte[8192];
    private int count;

    ByteBatcher(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == block.length) {
            drain();
        }
        block[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > block.length - count) {
            drain();
        }
        if (length >= block.length) {
            out.write(bytes, offset, length);
            return;
        }
        System.arraycopy(bytes, offset, block, count, length);
        count += length;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(block, 0, count);
            count = 0;
        }
    }
}
