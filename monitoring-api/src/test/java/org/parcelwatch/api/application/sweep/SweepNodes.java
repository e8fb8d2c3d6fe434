package org.parcelwatch.api.application.sweep;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcelwatch.api.ParcelwatchApplication;
import org.parcelwatch.api.support.PostgresDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Application nodes on the {@code postgres} profile sharing one test database, started as separate Spring
 * contexts in this JVM (or, through {@link #arguments}, as a separate process): each has its own Quartz
 * instance in the clustered JDBC store, its own event processors and, with web on, its own random port.
 */
public final class SweepNodes {

    /**
     * The "daily" sweep of these nodes: at 01:30 on 1 January only, so that a test run that happens to span
     * 01:30 does not see an extra run; the tests make it due themselves.
     */
    public static final String CRON = "0 30 1 1 1 ?";

    /**
     * Short Quartz intervals, so that a node sees a due trigger within a second and a dead node's job is
     * recovered within about ten; the demo users for HTTP calls. (The token claim timeout stays at its
     * default: below the processors' claim-extension interval of 5 s, nodes would steal live segments.)
     */
    public static final Map<String, String> FAST_CLUSTER = Map.of(
            "parcelwatch.sweep.cron", CRON,
            "spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000",
            "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "1000",
            "parcelwatch.security.demo-users", "true");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SweepNodes() {
    }

    /** Command-line arguments: builder properties would sit below the profile's own datasource URL. */
    public static List<String> arguments(PostgresDatabase database, boolean web, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>(database.springProperties());
        settings.put("spring.profiles.active", "postgres");
        settings.putAll(FAST_CLUSTER);
        settings.put(web ? "server.port" : "spring.main.web-application-type", web ? "0" : "none");
        settings.putAll(extra);
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args;
    }

    public static ConfigurableApplicationContext start(PostgresDatabase database, boolean web, Map<String, String> extra) {
        return new SpringApplicationBuilder(ParcelwatchApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .run(arguments(database, web, extra).toArray(String[]::new));
    }

    /** Closes what was started (nodes, then the database they share), the last first; each even if another fails. */
    public static void stop(AutoCloseable... started) {
        RuntimeException failed = null;
        for (int i = started.length - 1; i >= 0; i--) {
            try {
                if (started[i] != null) {
                    started[i].close();
                }
            } catch (Exception e) {
                if (failed == null) {
                    failed = new IllegalStateException("cannot stop " + started[i], e);
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    public record Answer(int status, String body) {
    }

    public static Answer call(ConfigurableApplicationContext node, String method, String path, String user, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
