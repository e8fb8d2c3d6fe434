package org.parcelwatch.api.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Chinese first, English as the second bundle: every text the pages and problems show exists in both. */
class MessageBundlesTest {

    @Test
    void theChineseAndTheEnglishBundleHaveTheSameKeys() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");

        Set<String> onlyChinese = new TreeSet<>(zh.stringPropertyNames());
        onlyChinese.removeAll(en.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
        onlyEnglish.removeAll(zh.stringPropertyNames());

        assertThat(zh).isNotEmpty();
        assertThat(onlyChinese).as("keys without English").isEmpty();
        assertThat(onlyEnglish).as("keys without Chinese").isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }
}
