package org.commitmenttracker.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing for GDELT 2.0 or a mirror of it: a lastupdate.txt in GDELT's "size MD5 URL" lines
 * (events export, mentions, GKG), answered with an ETag and 304 to a matching If-None-Match, and the zips it names,
 * each holding one tab-separated export. Any path can be made to answer a status or redirect; requests are kept.
 */
final class FakeGdelt implements AutoCloseable {

    /** A request as the server saw it. */
    record Request(String path, String ifNoneMatch, String userAgent, int status) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeGdelt() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** Publishes an events export of these lines as the newest file, listed by lastupdate.txt under the folder. */
    String publish(String folder, String stamp, String export) {
        byte[] zip = zip(stamp + ".export.CSV", export);
        return list(folder, stamp, zip, md5(zip), zip.length);
    }

    /** Publishes the zip under the name, listing the size and MD5 given (which may not be the zip's). */
    String list(String folder, String stamp, byte[] zip, String md5, long size) {
        String path = folder + "/" + stamp + ".export.CSV.zip";
        files.put(path, zip);
        String lastUpdate = size + " " + md5 + " " + url(path) + "\n"
                + "1234 0123456789abcdef0123456789abcdef " + url(folder + "/" + stamp + ".mentions.CSV.zip") + "\n"
                + "5678 fedcba9876543210fedcba9876543210 " + url(folder + "/" + stamp + ".gkg.csv.zip") + "\n";
        files.put(folder + "/lastupdate.txt", lastUpdate.getBytes(StandardCharsets.UTF_8));
        return url(path);
    }

    void put(String path, String body) {
        files.put(path, body.getBytes(StandardCharsets.UTF_8));
    }

    void answer(String path, int status) {
        statuses.put(path, status);
    }

    void redirect(String path, String to) {
        redirects.put(path, to);
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    static byte[] zip(String entry, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static String md5(byte[] bytes) {
        try {
            return String.format("%032x", new BigInteger(1, MessageDigest.getInstance("MD5").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        int status = status(path, ifNoneMatch);
        requests.add(new Request(path, ifNoneMatch, exchange.getRequestHeaders().getFirst("User-Agent"), status));
        byte[] body = files.get(path);
        if (status == 302) {
            exchange.getResponseHeaders().add("Location", redirects.get(path));
        }
        if (body != null) {
            exchange.getResponseHeaders().add("ETag", etag(body));
        }
        if (status != 200 || body == null) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private int status(String path, String ifNoneMatch) {
        if (redirects.containsKey(path)) {
            return 302;
        }
        if (statuses.containsKey(path)) {
            return statuses.get(path);
        }
        byte[] body = files.get(path);
        if (body == null) {
            return 404;
        }
        return etag(body).equals(ifNoneMatch) ? 304 : 200;
    }

    private static String etag(byte[] body) {
        return "\"" + md5(body) + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
