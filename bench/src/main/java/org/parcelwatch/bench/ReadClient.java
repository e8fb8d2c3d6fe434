package org.parcelwatch.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The read benchmark's client, run in a JVM of its own so that it does not share the server's heap, garbage
 * collector and JIT: one thread and one keep-alive connection per client, each sending a request and reading
 * the whole answer (Content-Length or chunked) before the next, with HTTP Basic. Half the calls read a random
 * parcel's detail, half a ledger page of the client's township. It prints {@value #MEASURING} when the warm-up
 * (not counted) ends, then one line {@value #RESULT} with the counts, latencies (ms), the request rate and its
 * own CPU seconds while measuring, for the parent to read. Then the same clients run as long again, paced at a
 * share of the rate just measured, and it prints {@value #PACED} with that rate and the latencies. Last, the
 * workbench's parcel page ({@code /parcels/{id}}, HTML): each client logs in once through the login form (session
 * cookie and CSRF token, as a browser does), the same clients read random parcels' pages as fast as answered, a
 * warm-up first, and it prints {@value #PAGE_MEASURING} when that ends and {@value #PAGE} with the count,
 * latencies, rate and its own CPU seconds.
 *
 * <p>Arguments: port, user:password, parcels, clients, warm-up seconds, seconds, sweep day (ISO), paced share.
 */
public final class ReadClient {

    static final String WARMED = "READ-WARMED";
    static final String PAGE_WARMED = "READ-PAGE-WARMED";
    /** What the parent answers to {@value #WARMED} and {@value #PAGE_WARMED}, on the client's standard input. */
    static final String GO = "GO";
    static final String MEASURING = "READ-MEASURING";
    static final String RESULT = "READ-RESULT";
    static final String PACED = "READ-PACED";
    static final String PAGE_MEASURING = "READ-PAGE-MEASURING";
    static final String PAGE = "READ-PAGE";

    /** With {@code -Dbench.read-trace=file}: every paced call, to find what the slowest waited for. */
    private static final PacedTrace TRACE = new PacedTrace(System.getProperty("bench.read-trace"));

    private final int port;
    private final byte[] authorization;
    private final String user;
    private final String password;
    private final long parcels;
    private final SyntheticParcels ids;

    private ReadClient(int port, String credentials, long parcels, LocalDate sweepDay) {
        this.port = port;
        this.authorization = ("Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        this.user = credentials.substring(0, credentials.indexOf(':'));
        this.password = credentials.substring(credentials.indexOf(':') + 1);
        this.parcels = parcels;
        this.ids = new SyntheticParcels(sweepDay, "130530");
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[3]);
        long warmUp = TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
        long measured = TimeUnit.SECONDS.toNanos(Long.parseLong(args[5]));
        ReadClient client = new ReadClient(Integer.parseInt(args[0]), args[1], Long.parseLong(args[2]),
                LocalDate.parse(args[6]));
        Latencies detail = new Latencies();
        Latencies ledger = new Latencies();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        java.io.BufferedReader parent = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                StandardCharsets.US_ASCII));
        Window window = new Window();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int n = c;
            Thread t = new Thread(() -> {
                try {
                    client.loop(n, window, detail, ledger);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "read-client-" + c);
            threads.add(t);
            t.start();
        }
        window.openAfter(warmUp, measured, WARMED, parent);
        System.out.println(MEASURING);
        long cpuAtStart = cpuNanos();
        for (Thread t : threads) {
            t.join();
        }
        failIfAnyFailed(failure);
        double seconds = measured / 1e9;
        double saturated = (detail.count() + ledger.count()) / seconds;
        System.out.println(String.format(Locale.ROOT, "%s %d %.2f %.2f %.2f %d %.2f %.2f %.2f %.1f %.2f", RESULT,
                detail.count(), detail.percentileMs(50), detail.percentileMs(99), detail.percentileMs(99.9),
                ledger.count(), ledger.percentileMs(50), ledger.percentileMs(99), ledger.percentileMs(99.9),
                saturated, (cpuNanos() - cpuAtStart) / 1e9));

        // Then the same clients at a fixed share of that rate: what a desk sees when the server is busy but not
        // saturated. Each client keeps its own schedule and a call is timed from when it was due, not from when it
        // could be sent, so waiting behind a slow call counts (no coordinated omission).
        double pacedRate = saturated * Double.parseDouble(args[7]);
        long interval = (long) (clients / pacedRate * 1e9);
        Latencies pacedDetail = new Latencies();
        Latencies pacedLedger = new Latencies();
        long pacedStart = System.nanoTime();
        long pacedUntil = pacedStart + measured;
        threads.clear();
        for (int c = 0; c < clients; c++) {
            int n = c;
            long first = pacedStart + ThreadLocalRandom.current().nextLong(interval);
            Thread t = new Thread(() -> {
                try {
                    client.paced(n, first, interval, pacedUntil, pacedDetail, pacedLedger);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "paced-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        failIfAnyFailed(failure);
        TRACE.write();
        System.out.println(String.format(Locale.ROOT, "%s %.1f %d %.2f %.2f %.2f %d %.2f %.2f %.2f", PACED, pacedRate,
                pacedDetail.count(), pacedDetail.percentileMs(50), pacedDetail.percentileMs(99), pacedDetail.percentileMs(99.9),
                pacedLedger.count(), pacedLedger.percentileMs(50), pacedLedger.percentileMs(99), pacedLedger.percentileMs(99.9)));

        // Then the workbench's parcel page, saturated: each client logged in once, as a desk's browser is.
        Latencies pages = new Latencies();
        Window pageWindow = new Window();
        threads.clear();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    client.pages(pageWindow, pages);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "page-client-" + c);
            threads.add(t);
            t.start();
        }
        pageWindow.openAfter(warmUp, measured, PAGE_WARMED, parent);
        System.out.println(PAGE_MEASURING);
        long pageCpuAtStart = cpuNanos();
        for (Thread t : threads) {
            t.join();
        }
        failIfAnyFailed(failure);
        System.out.println(String.format(Locale.ROOT, "%s %d %.2f %.2f %.2f %.1f %.2f", PAGE, pages.count(),
                pages.percentileMs(50), pages.percentileMs(99), pages.percentileMs(99.9), pages.count() / seconds,
                (cpuNanos() - pageCpuAtStart) / 1e9));
    }

    /** One desk's browser: logs in through the form, then reads random parcels' pages until {@code until}. */
    private void pages(Window window, Latencies pages) throws IOException {
        Connection connection = new Connection(port);
        try {
            String session = login(connection);
            byte[] cookie = ("Cookie: JSESSIONID=" + session + "\r\n").getBytes(StandardCharsets.US_ASCII);
            while (true) {
                long t = System.nanoTime();
                if (t >= window.until) {
                    return;
                }
                String path = "/parcels/" + ids.id(ThreadLocalRandom.current().nextLong(parcels));
                int status = connection.request("GET", path, cookie, HTML, null, null);
                if (status != 200) {
                    throw new IllegalStateException(path + " answered " + status);
                }
                if (t >= window.from) {
                    pages.add(System.nanoTime() - t);
                }
                if (connection.closed) {
                    // the server ends a keep-alive connection after so many requests; a browser opens the next
                    // one with the same session, as the API clients do without one
                    connection.close();
                    connection = new Connection(port);
                }
            }
        } finally {
            connection.close();
        }
    }

    private static final byte[] HTML = "Accept: text/html\r\n".getBytes(StandardCharsets.US_ASCII);

    /**
     * The login form as a browser sends it: the page first (a session and its CSRF token), then the form with the
     * token; the answer is a redirect with the session that is now logged in. Returns that session's id.
     */
    private String login(Connection connection) throws IOException {
        Connection.Answer form = new Connection.Answer();
        if (connection.request("GET", "/login", new byte[0], HTML, null, form) != 200) {
            throw new IllegalStateException("/login answered " + form.status);
        }
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                .matcher(form.body);
        if (form.session == null || !token.find()) {
            throw new IllegalStateException("/login gave no session or no CSRF token");
        }
        byte[] body = ("username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1)))
                .getBytes(StandardCharsets.US_ASCII);
        Connection.Answer loggedIn = new Connection.Answer();
        int status = connection.request("POST", "/login", ("Cookie: JSESSIONID=" + form.session + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n").getBytes(StandardCharsets.US_ASCII), HTML, body, loggedIn);
        if (status != 302 || loggedIn.location == null || loggedIn.location.contains("error")) {
            throw new IllegalStateException("the login form answered " + status + " to " + loggedIn.location);
        }
        // the session id changes at login (session fixation); without a new cookie the old id is the logged-in one
        return loggedIn.session != null ? loggedIn.session : form.session;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The measured window of a saturated phase: none until the warm-up has run its minimum and the parent, told so,
     * answers {@value #GO} (it waits for the server's JIT to settle, see {@code JitSettling}); the clients run on
     * meanwhile, warming up.
     */
    private static final class Window {

        volatile long from = Long.MAX_VALUE;
        volatile long until = Long.MAX_VALUE;

        void openAfter(long minimumWarmUp, long measured, String warmed, java.io.BufferedReader parent)
                throws IOException, InterruptedException {
            TimeUnit.NANOSECONDS.sleep(minimumWarmUp);
            System.out.println(warmed);
            System.out.flush();
            String answer = parent.readLine();
            if (!GO.equals(answer)) {
                throw new IllegalStateException("the parent answered " + answer + " to " + warmed);
            }
            long now = System.nanoTime();
            until = now + measured;
            from = now;
        }
    }

    /** Ends the client with the first failure of any of its threads (the JVM exits non-zero, the parent says so). */
    private static void failIfAnyFailed(AtomicReference<Throwable> failure) {
        if (failure.get() != null) {
            throw new IllegalStateException("a read client failed", failure.get());
        }
    }

    /** One client sending a call every {@code interval} from {@code first}, each timed from when it was due. */
    private void paced(int client, long first, long interval, long until, Latencies detail, Latencies ledger)
            throws IOException, InterruptedException {
        Connection connection = null;
        try {
            for (long due = first; due < until; due += interval) {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (connection == null) {
                    connection = new Connection(port);
                }
                boolean detailCall = ThreadLocalRandom.current().nextBoolean();
                long sent = System.nanoTime() - due;
                call(connection, client, detailCall);
                long latency = System.nanoTime() - due;
                (detailCall ? detail : ledger).add(latency);
                TRACE.record(due, sent, latency, detailCall);
                if (connection.closed) {
                    connection.close();
                    connection = null;
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    /** A random parcel's detail or a random ledger page of the client's township; fails on anything but 200. */
    private void call(Connection connection, int client, boolean detailCall) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String township = SyntheticParcels.TOWNSHIPS[client % SyntheticParcels.TOWNSHIPS.length].replace(" ", "%20");
        String path = detailCall
                ? "/api/v1/parcels/" + ids.id(random.nextLong(parcels))
                : "/api/v1/parcels?township=" + township + "&page=" + random.nextInt(50) + "&size=20";
        int status = connection.get(path, authorization);
        if (status != 200) {
            throw new IllegalStateException(path + " answered " + status);
        }
    }

    private void loop(int client, Window window, Latencies detail, Latencies ledger) throws IOException {
        Connection connection = null;
        try {
            while (true) {
                long now = System.nanoTime();
                if (now >= window.until) {
                    return;
                }
                boolean detailCall = ThreadLocalRandom.current().nextBoolean();
                if (connection == null) {
                    connection = new Connection(port);
                }
                long t = System.nanoTime();
                call(connection, client, detailCall);
                long elapsed = System.nanoTime() - t;
                if (connection.closed) {
                    connection.close();
                    connection = null;
                }
                if (t >= window.from) {
                    (detailCall ? detail : ledger).add(elapsed);
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** One keep-alive HTTP/1.1 connection that reads each answer to its end and discards the body. */
    private static final class Connection {

        private static final byte[] JSON = "Accept: application/json\r\n".getBytes(StandardCharsets.US_ASCII);

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final byte[] host;
        private final byte[] skip = new byte[16 * 1024];
        private final StringBuilder line = new StringBuilder(128);
        private boolean closed;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            out = new BufferedOutputStream(socket.getOutputStream(), 1024);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            host = ("Host: 127.0.0.1:" + port + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }

        int get(String path, byte[] authorization) throws IOException {
            return request("GET", path, authorization, JSON, null, null);
        }

        /** What {@link #request} keeps of an answer when asked: the status, body, session cookie and redirect. */
        static final class Answer {
            int status;
            String body;
            String session;
            String location;
        }

        /**
         * Sends one request and reads its answer to the end; the body is discarded unless {@code answer} is given,
         * which then receives it with the session cookie and the redirect's location.
         */
        int request(String method, String path, byte[] headers, byte[] accept, byte[] body, Answer answer) throws IOException {
            out.write((method + " " + path + " HTTP/1.1\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(host);
            out.write(accept == null ? JSON : accept);
            out.write(headers);
            if (body != null) {
                out.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.write('\r');
            out.write('\n');
            if (body != null) {
                out.write(body);
            }
            out.flush();
            String statusLine = readLine();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                String h = header.toLowerCase(Locale.ROOT);
                if (h.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).trim());
                } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                    chunked = true;
                } else if (h.startsWith("connection:") && h.contains("close")) {
                    closed = true;
                } else if (answer != null && h.startsWith("set-cookie:") && h.contains("jsessionid=")) {
                    String cookie = header.substring(header.indexOf('=') + 1);
                    answer.session = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
                } else if (answer != null && h.startsWith("location:")) {
                    answer.location = header.substring(9).trim();
                }
            }
            java.io.ByteArrayOutputStream kept = answer == null ? null : new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (long size = Long.parseLong(readLine().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
                    discard(size, kept);
                    readLine();
                }
                while (!readLine().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                discard(length, kept);
            } else if (status != 204 && status != 304) {
                throw new IllegalStateException("an answer without length on a keep-alive connection");
            }
            if (answer != null) {
                answer.status = status;
                answer.body = kept.toString(StandardCharsets.UTF_8);
            }
            return status;
        }

        private void discard(long bytes, java.io.ByteArrayOutputStream kept) throws IOException {
            while (bytes > 0) {
                int n = in.read(skip, 0, (int) Math.min(skip.length, bytes));
                if (n < 0) {
                    throw new EOFException();
                }
                if (kept != null) {
                    kept.write(skip, 0, n);
                }
                bytes -= n;
            }
        }

        private String readLine() throws IOException {
            line.setLength(0);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException();
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
