package org.parcelwatch.api.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.api.web.query.Downloads;
import org.parcelwatch.api.web.query.RegisterExports;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.LedgerRow;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The ledger (台账) page with its filters and paging, and the .xlsx and CSV downloads of the whole filtered set, read
 * through the same {@link ParcelQueries} and written by the same export as GET /api/v1/parcels.
 */
@Controller
class LedgerPage extends PageErrors {

    static final int PAGE_SIZE = 20;

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
    private final Downloads downloads;

    LedgerPage(ParcelQueries parcels, Downloads downloads) {
        this.parcels = parcels;
        this.downloads = downloads;
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

    /**
     * What the ledger page shows, the whole filtered set, as the REST list downloads it (one export mechanism:
     * {@link RegisterExports#ledgerDownload} through {@link Downloads}), for the page's links, which cannot set Accept.
     */
    @GetMapping("/parcels.xlsx")
    void xlsx(@ModelAttribute("filters") Filters filters, HttpServletResponse response) throws IOException {
        download(ExportFormat.XLSX, filters, response);
    }

    @GetMapping("/parcels.csv")
    void csv(@ModelAttribute("filters") Filters filters, HttpServletResponse response) throws IOException {
        download(ExportFormat.CSV, filters, response);
    }

    private void download(ExportFormat format, Filters filters, HttpServletResponse response) throws IOException {
        LedgerFilter filter = filters.toFilter();
        downloads.send(format, RegisterExports.ledgerDownload(parcels, filter), response);
    }
}
