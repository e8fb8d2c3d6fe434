package org.parcelwatch.api.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.LedgerRow;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The ledger (台账) page with its filters and paging, and the CSV download of the whole filtered set (UTF-8 with a
 * BOM, so that Excel opens the Chinese right), read through the same {@link ParcelQueries} as GET /api/v1/parcels.
 */
@Controller
class LedgerPage extends PageErrors {

    static final int PAGE_SIZE = 20;
    /** The download pages through the ledger in chunks of this many rows. */
    private static final int CHUNK = 500;

    /** The filters as the form sends them; a value the ledger does not know is ignored (no filter), not an error. */
    record Filters(String township, String stage, String flag, String landUse, Integer year, Integer page) {

        LedgerFilter toFilter() {
            return new LedgerFilter(township, PageSupport.enumOrNull(Stage.class, stage), PageSupport.enumOrNull(Flag.class, flag), landUse,
                    year == null || year < 1900 || year > 2999 ? null : year);
        }

        int pageNo() {
            return page == null || page < 0 ? 0 : Math.min(page, 100_000);
        }
    }

    private final ParcelQueries parcels;
    private final PageFormat fmt;
    private final MessageSource messages;

    LedgerPage(ParcelQueries parcels, PageFormat fmt, MessageSource messages) {
        this.parcels = parcels;
        this.fmt = fmt;
        this.messages = messages;
    }

    @GetMapping("/parcels")
    String ledger(@ModelAttribute("filters") Filters filters, Model model) {
        Page<LedgerRow> rows = parcels.ledgerRows(filters.toFilter(), PageRequest.of(filters.pageNo(), PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("stages", Stage.values());
        model.addAttribute("flagValues", Flag.values());
        model.addAttribute("landUses", LandUse.ALL);
        return "ledger";
    }

    @GetMapping("/parcels.csv")
    void csv(@ModelAttribute("filters") Filters filters, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger.csv\"");
        Writer out = response.getWriter();
        out.write('\uFEFF');
        out.write(csvLine(List.of("parcelId", "contractNo", "projectName", "landUserName", "township", "landUse", "areaSqm",
                "areaMu", "totalPrice", "paid", "outstanding", "stage", "signedOn", "agreedStartDate", "actualStartDate",
                "agreedCompletionDate", "actualCompletionDate", "flags").stream()
                .map(h -> messages.getMessage("ledger.col." + h, null, h, locale)).toList()));
        LedgerFilter filter = filters.toFilter();
        for (int page = 0; ; page++) {
            Page<LedgerRow> rows = parcels.ledgerRows(filter, PageRequest.of(page, CHUNK));
            for (LedgerRow r : rows) {
                out.write(csvLine(java.util.Arrays.asList(r.parcelId(), r.contractNo(), r.projectName(), r.landUserName(),
                        r.township(), r.landUseName() == null ? r.landUse() : r.landUseName(), plain(r.areaSqm()),
                        plain(fmt.mu(r.areaSqm())), plain(r.totalPrice()), plain(r.paid()), plain(r.outstanding()),
                        messages.getMessage("stage." + r.stage(), null, r.stage().name(), locale), fmt.date(r.signedOn()),
                        fmt.date(r.agreedStartDate()), fmt.date(r.actualStartDate()), fmt.date(r.agreedCompletionDate()),
                        fmt.date(r.actualCompletionDate()),
                        r.flags().stream().map(f -> messages.getMessage("flag." + f, null, f.name(), locale))
                         .collect(Collectors.joining("；")))));
            }
            if (!rows.hasNext()) {
                break;
            }
        }
        out.flush();
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** One CSV record (RFC 4180); a cell that a spreadsheet would run as a formula is quoted as text. */
    static String csvLine(List<String> cells) {
        return cells.stream().map(LedgerPage::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")
                ? "'" + value : value;
        return text.matches(".*[\",\r\n].*") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
