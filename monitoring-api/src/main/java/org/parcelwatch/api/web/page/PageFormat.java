package org.parcelwatch.api.web.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the workbench writes numbers and dates, one way everywhere (issue 15): yuan with thousands separators and two
 * decimals, areas in m² with 亩 beside them, dates ISO (2025-11-21), instants in the business clock's zone. Templates
 * call it as {@code @fmt}.
 */
@Component("fmt")
public class PageFormat {

    /** 1 亩 = 10000/15 m². */
    private static final BigDecimal SQM_PER_MU = new BigDecimal("10000").divide(new BigDecimal("15"), 10, RoundingMode.HALF_UP);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    public PageFormat(@Value("${parcelwatch.clock.zone:Asia/Shanghai}") ZoneId zone) {
        this.zone = zone;
    }

    public String yuan(BigDecimal amount) {
        return amount == null ? "" : pattern("#,##0.00").format(amount);
    }

    /** A count as a whole number, an amount with its two decimals; both with thousands separators. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.stripTrailingZeros().scale() <= 0 ? pattern("#,##0").format(value) : yuan(value);
    }

    public String area(BigDecimal sqm) {
        if (sqm == null) {
            return "";
        }
        return pattern("#,##0.00").format(sqm) + " m²（" + pattern("#,##0.00").format(mu(sqm)) + " 亩）";
    }

    public BigDecimal mu(BigDecimal sqm) {
        return sqm == null ? null : sqm.divide(SQM_PER_MU, 2, RoundingMode.HALF_UP);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public String instant(Instant instant) {
        return instant == null ? "" : INSTANT.format(instant.atZone(zone));
    }

    /** A rate of 0..1 as a percentage with one decimal; empty when nothing was due. */
    public String percent(BigDecimal rate) {
        return rate == null ? "—" : pattern("0.0").format(rate.movePointRight(2)) + "%";
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
