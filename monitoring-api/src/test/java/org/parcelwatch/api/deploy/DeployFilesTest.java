package org.parcelwatch.api.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container image and the compose file, checked where Docker cannot run them (CI has no Docker): the image's
 * build copies everything the jar is built from, so that the default profile finds its sample county in the jar;
 * the nodes say when they are ready; the service runs as its own user and can write its data; nothing listens on
 * the network by default.
 */
class DeployFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theImageBuildCopiesEveryDirectoryTheJarIsBuiltFrom() throws IOException {
        String dockerfile = read("deploy/Dockerfile");
        String buildStage = dockerfile.substring(0, dockerfile.indexOf("\nFROM ", dockerfile.indexOf("FROM ") + 1));
        Set<String> copied = new TreeSet<>();
        Matcher copy = Pattern.compile("(?m)^COPY\\s+(?!--from)(\\S+)").matcher(buildStage);
        while (copy.find()) {
            copied.add(copy.group(1).replaceAll("/$", ""));
        }

        Set<String> needed = new TreeSet<>(List.of("pom.xml"));
        String rootPom = read("pom.xml");
        // the default build's modules (those of profiles, such as bench, are not in the image)
        String defaultModules = rootPom.substring(rootPom.indexOf("<modules>"), rootPom.indexOf("</modules>"));
        needed.addAll(all("<module>([^<]+)</module>", defaultModules));
        // resource directories outside the module, e.g. the sample counties of seeds/
        for (String module : all("<module>([^<]+)</module>", defaultModules)) {
            for (String directory : all("<directory>\\$\\{project\\.basedir}/\\.\\./([^<]+)</directory>",
                    read(module + "/pom.xml"))) {
                needed.add(directory.replaceAll("/$", ""));
            }
        }

        assertThat(needed).contains("seeds", "monitoring-api");
        assertThat(copied).as("COPY sources of the build stage of deploy/Dockerfile").containsAll(needed);
        assertThat(Files.exists(ROOT.resolve("seeds/xinhe-130530.json")))
                .as("the default profile's sample county, classpath:seeds/xinhe-130530.json").isTrue();
    }

    @Test
    void theImageRunsAsItsOwnUserOwningItsDataAndSaysWhenItIsReady() throws IOException {
        String runStage = read("deploy/Dockerfile");
        runStage = runStage.substring(runStage.lastIndexOf("\nFROM "));
        assertThat(runStage).containsPattern("(?m)^USER parcelwatch$")
                            .contains("chown -R parcelwatch:parcelwatch /app")
                            .containsPattern("(?m)^HEALTHCHECK .*\\n?.*actuator/health/readiness");
        assertThat(runStage).as("curl is installed for the healthcheck").contains("install -y --no-install-recommends curl");
    }

    @Test
    void theComposeNodesHaveAHealthcheckAndEveryPortBindsToLoopback() throws IOException {
        String compose = read("deploy/docker-compose.yml");
        String appNode = compose.substring(compose.indexOf("x-app-node:"), compose.indexOf("\nservices:"));
        assertThat(appNode).contains("healthcheck:").contains("/actuator/health/readiness");

        List<String> ports = all("(?m)^\\s+- \"([^\"]+:\\d+)\"\\s*$", compose);
        assertThat(ports).isNotEmpty().allMatch(port -> port.startsWith("127.0.0.1:"), "binds to 127.0.0.1");
    }

    @Test
    void grafanaIsProvisionedWithTheDashboard() throws IOException {
        String compose = read("deploy/docker-compose.yml");
        String provider = read("deploy/grafana/provisioning/dashboards/parcelwatch.yml");
        Matcher path = Pattern.compile("path:\\s*(\\S+)").matcher(provider);
        assertThat(path.find()).isTrue();
        assertThat(compose).contains("./grafana/dashboards:" + path.group(1) + ":ro");
        assertThat(read("deploy/grafana/dashboards/parcelwatch.json")).contains("\"uid\": \"prometheus\"");
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
