package org.commitmenttracker.alert;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A local HTTP server standing for a system that receives webhooks: it keeps what it is sent. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Headers headers, byte[] body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestHeaders(), in.readAllBytes()));
            }
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    /** From now on, answer every request with this status. */
    void answer(int status) {
        answer.set(status);
    }

    List<Received> received() {
        return received;
    }

    /** Waits, up to a minute, for the given number of requests in all. */
    List<Received> await(int count) {
        Awaitility.await(count + " requests received").atMost(Duration.ofMinutes(1)).until(() -> received.size() >= count);
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
