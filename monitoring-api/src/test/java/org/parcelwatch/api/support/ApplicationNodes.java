package org.parcelwatch.api.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcelwatch.api.ParcelwatchApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole applications started as contexts of their own (not the test framework's cached ones),
 * so that a test can hold two databases side by side, stop a node and start another on the same database: on the
 * embedded default (a fresh H2 data directory) or on the {@code postgres} profile (a database of its own). Web on a
 * random port, the five test users, no daily sweep of their own.
 */
public final class ApplicationNodes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApplicationNodes() {
    }

    /** A fresh H2 data directory, named for the reader of target/. */
    public static String h2DataDir(String name) {
        return FreshDataDir.named("h2-" + name + "-").toString();
    }

    public static ConfigurableApplicationContext h2(String dataDir, Map<String, String> extra, Class<?>... sources) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("parcelwatch.data-dir", dataDir);
        settings.putAll(extra);
        return start(settings, sources);
    }

    public static ConfigurableApplicationContext postgres(PostgresDatabase database, Map<String, String> extra) {
        return start(postgresSettings(database, extra));
    }

    /** The settings of a node on the {@code postgres} profile and {@code database}. */
    public static Map<String, String> postgresSettings(PostgresDatabase database, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>(database.springProperties());
        settings.put("spring.profiles.active", "postgres");
        settings.putAll(PostgresDatabaseInitializer.testUsers());
        settings.putAll(extra);
        return settings;
    }

    /** Command-line arguments, so that they override what the profile says. */
    public static List<String> arguments(Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", "0");
        all.put("spring.quartz.auto-startup", "false");
        all.putAll(settings);
        List<String> args = new ArrayList<>();
        all.forEach((key, value) -> args.add("--" + key + "=" + value));
        return args;
    }

    private static ConfigurableApplicationContext start(Map<String, String> settings, Class<?>... sources) {
        List<Class<?>> all = new ArrayList<>(List.of(ParcelwatchApplication.class));
        all.addAll(List.of(sources));
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new))
                .run(arguments(settings).toArray(String[]::new));
    }

    /**
     * The application in a JVM of its own, on this test's classpath, so that {@link Process#destroyForcibly()} is a
     * true {@code kill -9}; its output goes to {@code log}.
     */
    public static Process process(List<String> arguments, Path log) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path argfile = log.resolveSibling(log.getFileName() + ".args");
        Files.writeString(argfile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true",
                "@" + argfile.toAbsolutePath(), ParcelwatchApplication.class.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                                          .directory(new File(".").getAbsoluteFile()).start();
    }

    public record Answer(int status, String body) {
    }

    /** {@code POST path} with a JSON body, as {@code user} (password = name). */
    public static Answer post(ConfigurableApplicationContext node, String path, String user, String json) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
