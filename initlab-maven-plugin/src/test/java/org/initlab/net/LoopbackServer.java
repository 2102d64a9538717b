package org.initlab.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A misbehaving http server on 127.0.0.1 and an ephemeral port, written on a raw socket so that it
 * can do what a well-behaved server library would not: say nothing at all, stall after its headers, or
 * stream forever.
 */
public final class LoopbackServer implements AutoCloseable {
    /** What the server does with every request. */
    public enum Mode {
        /** Accepts the connection and never sends a byte, not even a status line (review case hh02/hb02). */
        SILENT,
        /** Status line and headers announcing 1 MB, twelve bytes of body, then silence. */
        STALL_AFTER_HEADERS,
        /** A chunked body that never ends: 64 KiB chunks of spaces as fast as the client reads. */
        ENDLESS_BODY,
        /** {@code 500 Internal Server Error} with a short body. */
        ERROR_500,
        /** {@code 404 Not Found}. */
        NOT_FOUND,
        /** {@code 410 Gone}. */
        GONE,
        /** {@code 200} with the body given. */
        OK
    }

    private final ServerSocket socket;
    private final Mode mode;
    private final byte[] body;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    public LoopbackServer(Mode mode) throws IOException {
        this(mode, new byte[0]);
    }

    public LoopbackServer(Mode mode, byte[] body) throws IOException {
        this.mode = mode;
        this.body = body;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptAll, "loopback-" + mode);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                clients.add(client);
                Thread t = new Thread(() -> serve(client), "loopback-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            readHeaders(in);
            switch (mode) {
                case SILENT -> Thread.sleep(3_600_000);
                case STALL_AFTER_HEADERS -> {
                    out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{\"schema\":1,"));
                    out.flush();
                    Thread.sleep(3_600_000);
                }
                case ENDLESS_BODY -> {
                    out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
                    byte[] chunk = new byte[1 << 16];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    byte[] size = ascii(Integer.toHexString(chunk.length) + "\r\n");
                    while (true) {
                        out.write(size);
                        out.write(chunk);
                        out.write(ascii("\r\n"));
                    }
                }
                case ERROR_500 -> respond(out, "500 Internal Server Error", ascii("oops"));
                case NOT_FOUND -> respond(out, "404 Not Found", ascii("not here"));
                case GONE -> respond(out, "410 Gone", ascii("gone"));
                case OK -> respond(out, "200 OK", body);
                default -> throw new IllegalStateException(mode.toString());
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the server closed: either ends this exchange
        }
    }

    private static void respond(OutputStream out, String status, byte[] content) throws IOException {
        out.write(ascii("HTTP/1.1 " + status + "\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n"));
        out.write(content);
        out.flush();
    }

    private static void readHeaders(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = ascii("\r\n\r\n");
        for (int b; matched < end.length && (b = in.read()) >= 0; ) {
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket c : clients) {
            c.close();
        }
    }
}
