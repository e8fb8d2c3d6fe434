package org.parcelwatch.api.web.page;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The land user's open defaults that a {@code LAND_USER_IN_DEFAULT} warning names, written in the reader's language
 * from their fields: each default's sentence ({@code landUserDefault.<KIND>}), since when, and the document that
 * established it, amounts and dates as {@link PageFormat} writes them everywhere. The warning's recorded text
 * ({@link LandUserDefault#describe()}) is English words, kept in the event for the API and the history; the page shows
 * this instead whenever the registration kept its defaults as data. Templates call it as {@code @landUserDefaultWords}.
 */
@Component
public class LandUserDefaultWords {

    private final MessageSource messages;
    private final PageFormat fmt;

    public LandUserDefaultWords(MessageSource messages, PageFormat fmt) {
        this.messages = messages;
        this.fmt = fmt;
    }

    /** The defaults, one after the other, e.g. "地块 … 拖欠土地出让价款 1,000,000.00 元，自 2024-03-02 起（催缴通知书 …-CJ-01）". */
    public String of(List<LandUserDefault> defaults, Locale locale) {
        return defaults.stream().map(d -> one(d, locale))
                .collect(Collectors.joining(messages.getMessage("landUserDefault.separator", null, locale)));
    }

    private String one(LandUserDefault d, Locale locale) {
        String kind = d.kind().name();
        StringBuilder text = new StringBuilder(messages.getMessage("landUserDefault." + kind,
                new Object[] {d.parcelId(), fmt.yuan(d.amount())}, locale));
        if (d.arisenOn() != null) {
            text.append(messages.getMessage("landUserDefault.since", new Object[] {fmt.date(d.arisenOn())}, locale));
        }
        if (d.referenceNo() != null) {
            text.append(messages.getMessage("landUserDefault.reference." + kind, new Object[] {d.referenceNo()}, locale));
        }
        return text.toString();
    }
}
