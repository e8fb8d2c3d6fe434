package org.parcelwatch.api.web.page;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.parcelwatch.api.web.query.NoticeDocuments;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.idle.IdleCaseEntry;
import org.parcelwatch.projections.idle.IdleReferralQueries;
import org.parcelwatch.projections.indicators.IndicatorQueries;
import org.parcelwatch.projections.indicators.Indicators;
import org.parcelwatch.projections.notice.NoticeFilter;
import org.parcelwatch.projections.notice.NoticeQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The registers: notices (with the printable document), idle-land referrals, and the indicators with charts. */
@Controller
class RegisterPages extends PageErrors {

    record NoticeFilters(String type, String parcelId, LocalDate from, LocalDate to, Boolean delivered, Integer page) {

        NoticeFilter toFilter() {
            return new NoticeFilter(PageSupport.enumOrNull(NoticeType.class, type), parcelId, from, to != null && from != null && from.isAfter(to) ? from : to, delivered);
        }

        int pageNo() {
            return page == null || page < 0 ? 0 : Math.min(page, 100_000);
        }
    }

    record IndicatorFilters(Integer year, String township) {
    }

    private final NoticeQueries notices;
    private final NoticeDocuments documents;
    private final IdleReferralQueries referrals;
    private final IndicatorQueries indicators;
    private final Clock clock;

    RegisterPages(NoticeQueries notices, NoticeDocuments documents, IdleReferralQueries referrals, IndicatorQueries indicators,
                  Clock clock) {
        this.notices = notices;
        this.documents = documents;
        this.referrals = referrals;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/notices")
    String notices(@ModelAttribute("filters") NoticeFilters filters, Model model) {
        model.addAttribute("rows", notices.find(filters.toFilter(), PageRequest.of(filters.pageNo(), LedgerPage.PAGE_SIZE)));
        model.addAttribute("types", NoticeType.values());
        return "notices";
    }

    /** The printable notice, the same document as GET /api/v1/notices/{no} with Accept: text/html. */
    @GetMapping("/notices/{noticeNo}/print")
    ResponseEntity<String> print(@PathVariable String noticeNo) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                             .body(documents.html(noticeNo));
    }

    @GetMapping("/idle-referrals")
    String idleReferrals(@org.springframework.web.bind.annotation.RequestParam(required = false) String status, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("rows", referrals.register(PageSupport.enumOrNull(IdleCaseEntry.Status.class, status)));
        model.addAttribute("statuses", IdleCaseEntry.Status.values());
        return "idle-referrals";
    }

    @GetMapping("/indicators")
    String indicators(@ModelAttribute("filters") IndicatorFilters filters, Model model) {
        LocalDate today = LocalDate.now(clock);
        int year = filters.year() == null || filters.year() < 1990 || filters.year() > today.getYear() + 50
                ? today.getYear() : filters.year();
        Indicators shown = indicators.of(year, filters.township(), today);
        model.addAttribute("year", year);
        model.addAttribute("ind", shown);
        java.util.Map<String, Indicators.Rate> rates = new java.util.LinkedHashMap<>();
        rates.put("collectionRate", shown.collectionRate());
        rates.put("onTimeHandoverRate", shown.onTimeHandoverRate());
        rates.put("onTimeStartRate", shown.onTimeStartRate());
        rates.put("onTimeCompletionRate", shown.onTimeCompletionRate());
        rates.put("idleDisposalRate", shown.idleDisposalRate());
        rates.put("patrolCoverage", shown.patrolCoverage());
        model.addAttribute("rates", rates);
        // the same indicators for the four years before, for the trend chart
        java.util.List<Indicators> trend = new java.util.ArrayList<>();
        for (int y = year - 4; y <= year; y++) {
            trend.add(y == year ? shown : indicators.of(y, filters.township(), today));
        }
        model.addAttribute("trend", trend);
        return "indicators";
    }
}
