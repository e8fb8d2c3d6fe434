package org.parcelwatch.api.application.seed;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sample data ({@code parcelwatch.seed.*}): the startup loader and the demo.
 *
 * @param loadOnEmpty   load {@link #sample} when the event store is empty, so that the first screen is not blank
 *                      (on in the embedded default, off on {@code postgres})
 * @param sample        the seed files the startup loader loads (Spring resource locations)
 * @param demoFiles     the seed files the demo ({@code --parcelwatch.demo=true}) loads; a pattern is allowed
 * @param exitAfterDemo stop the application once the demo has printed its timeline and counts
 * @param printTimeline print the demo's timeline as it runs (else only the summary)
 */
@ConfigurationProperties("parcelwatch.seed")
public record SeedProperties(@DefaultValue("false") boolean loadOnEmpty,
                             @DefaultValue("classpath:seeds/xinhe-130530.json") List<String> sample,
                             @DefaultValue("classpath:seeds/*.json") List<String> demoFiles,
                             @DefaultValue("false") boolean exitAfterDemo,
                             @DefaultValue("true") boolean printTimeline) {
}
