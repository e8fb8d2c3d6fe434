package org.parcelwatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.seed.SeedPeriodClock;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The README's examples are true: the calls of its walkthrough, its API and audit examples and its sweep-and-clock example are
 * run, in the README's order, against the embedded default as a fresh clone starts it (the sample county loaded, the
 * clock on 2025-12-31), and every plain value the README shows in an answer ({@code "outstanding": 0},
 * {@code "fired": 9}…) must be in the real answer. Abbreviated values ({@code …}) and values that differ on every
 * run (times, hashes, ids) are not compared.
 */
@EmbeddedDefaultTest(properties = "parcelwatch.seed.load-on-empty=true")
@Import(SeedPeriodClock.class)
class ReadmeExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The README sections whose calls are run, in the README's order. */
    private static final List<String> SECTIONS = List.of("## Walkthrough", "## API", "## Audit", "## Sweep and clock");
    /** Values that differ on every run. */
    private static final Set<String> VARIABLE = Set.of("recordedAt", "hash", "previousHash", "runId", "durationMs",
            "eventId", "startedAt", "finishedAt", "node", "errorId", "instance", "timestamp");
    private static final Pattern PAIR = Pattern.compile(
            "\"(\\w+)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)");

    @Autowired
    MockMvc mvc;
    @Autowired
    ClusterProjectionProgress projections;

    @Test
    void everyValueTheReadmeShowsIsInTheAnswerOfAFreshStart() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        for (String section : SECTIONS) {
            examples.addAll(Example.in(section(readme, section)));
        }
        assertThat(examples).as("the README's curl examples").hasSizeGreaterThanOrEqualTo(10);

        List<String> untrue = new ArrayList<>();
        for (Example example : examples) {
            awaitProjections();
            MockHttpServletResponse answer = perform(example);
            if (answer.getStatus() >= 400) {
                untrue.add(example.call() + " answered " + answer.getStatus() + ": " + answer.getContentAsString());
                continue;
            }
            if (example.expected().isBlank()) {
                continue;
            }
            String body = answer.getContentAsString(StandardCharsets.UTF_8);
            JsonNode actual = JSON.readTree(body);
            int before = untrue.size();
            Matcher pair = PAIR.matcher(example.expected());
            while (pair.find()) {
                String field = pair.group(1);
                String shown = pair.group(2);
                if (VARIABLE.contains(field) || shown.contains("…")) {
                    continue;
                }
                if (!contains(actual, field, JSON.readTree(shown))) {
                    untrue.add(example.call() + ": the README shows \"" + field + "\": " + shown + ", the answer has "
                            + actual.findValues(field));
                }
            }
            if (untrue.size() > before) {
                untrue.add(example.call() + " answered " + body.substring(0, Math.min(body.length(), 600)));
            }
        }
        assertThat(untrue).as("README examples that a fresh start does not answer as shown").isEmpty();
    }

    private MockHttpServletResponse perform(Example example) throws Exception {
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(example.method()), example.path())
                .with(httpBasic(example.user(), example.password()));
        example.headers().forEach(call::header);
        if (example.body() != null) {
            call.content(example.body());
        }
        return mvc.perform(call).andReturn().getResponse();
    }

    private void awaitProjections() {
        ProjectionProcessing.GROUPS.forEach(group ->
                assertThat(projections.awaitCaughtUp(group, Duration.ofSeconds(30))).as(group).isTrue());
    }

    /** Whether the tree holds the field with that value anywhere (numbers compared by value). */
    private static boolean contains(JsonNode actual, String field, JsonNode shown) {
        for (JsonNode value : actual.findValues(field)) {
            if (value.isNumber() && shown.isNumber()
                    ? new BigDecimal(value.asText()).compareTo(new BigDecimal(shown.asText())) == 0
                    : value.equals(shown)) {
                return true;
            }
        }
        return false;
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length() + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /**
     * One curl call of the README and the answer it shows: the {@code json} block that follows its {@code bash}
     * block (for the block's last call), or the {@code # {…}} comment lines right after it.
     */
    record Example(String call, String user, String password, String method, String path, Map<String, String> headers,
                   String body, String expected) {

        private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
        private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)");

        static List<Example> in(String section) {
            List<Example> examples = new ArrayList<>();
            Matcher block = BLOCK.matcher(section);
            Example last = null;
            while (block.find()) {
                if (block.group(1).equals("json") && last != null) {
                    examples.set(examples.size() - 1, last.answering(block.group(2)));
                    last = null;
                } else if (block.group(1).equals("bash")) {
                    last = null;
                    for (String command : commands(block.group(2))) {
                        String trimmed = command.strip();
                        if (trimmed.startsWith("curl ")) {
                            last = parse(trimmed);
                            examples.add(last);
                        } else if (trimmed.startsWith("#") && last != null && trimmed.substring(1).strip().matches("[{\"].*")) {
                            last = last.answering(last.expected() + "\n" + trimmed.substring(1));
                            examples.set(examples.size() - 1, last);
                        }
                    }
                } else {
                    last = null;
                }
            }
            return examples;
        }

        /** The block's commands: continued lines joined, a quoted body over several lines kept whole. */
        private static List<String> commands(String block) {
            List<String> commands = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : block.replace("\\\n", " ").split("\n")) {
                if (current.isEmpty() && line.strip().startsWith("#")) {
                    commands.add(line);
                    continue;
                }
                current.append(current.isEmpty() ? "" : "\n").append(line);
                if (current.chars().filter(c -> c == '\'').count() % 2 == 0) {
                    commands.add(current.toString());
                    current.setLength(0);
                }
            }
            if (!current.isEmpty()) {
                commands.add(current.toString());
            }
            return commands;
        }

        private static Example parse(String curl) {
            List<String> words = new ArrayList<>();
            Matcher word = QUOTED.matcher(curl);
            while (word.find()) {
                words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : word.group(3));
            }
            String user = null;
            String password = null;
            String method = null;
            String url = null;
            String body = null;
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < words.size(); i++) {
                switch (words.get(i)) {
                    case "-u" -> {
                        String[] credentials = words.get(++i).split(":", 2);
                        user = credentials[0];
                        password = credentials[1];
                    }
                    case "-H" -> {
                        String[] header = words.get(++i).split(":\\s*", 2);
                        headers.put(header[0], header[1]);
                    }
                    case "-d" -> body = words.get(++i);
                    case "-X" -> method = words.get(++i);
                    default -> {
                        if (words.get(i).startsWith("http")) {
                            url = words.get(i);
                        }
                    }
                }
            }
            assertThat(url).as("the URL of " + curl).isNotNull();
            assertThat(curl).as("README calls run as they are written (no shell substitution)").doesNotContain("$(");
            String path = url.replaceFirst("^https?://[^/]+", "");
            return new Example(curl.replaceAll("\\s+", " "), user, password,
                    method != null ? method : body != null ? "POST" : "GET", path, headers, body, "");
        }

        Example answering(String shown) {
            return new Example(call, user, password, method, path, headers, body, shown);
        }
    }
}
