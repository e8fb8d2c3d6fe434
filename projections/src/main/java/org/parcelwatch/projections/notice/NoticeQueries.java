package org.parcelwatch.projections.notice;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.jdbc.StreamedRows;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class NoticeQueries {

    private final NoticeRepository notices;
    private final StreamedRows streamed;

    public NoticeQueries(NoticeRepository notices, StreamedRows streamed) {
        this.notices = notices;
        this.streamed = streamed;
    }

    /**
     * Every notice the filter selects, in the list's order (issue date, number), handed to {@code sink} one by one as
     * read: the export of the whole register. Returns the notices sent.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long forEach(NoticeFilter f, java.util.function.Consumer<NoticeRow> sink) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.type() != null) {
            where.append(" and type = ?");
            args.add(f.type().name());
        }
        if (f.parcelId() != null) {
            where.append(" and parcel_id = ?");
            args.add(f.parcelId());
        }
        if (f.from() != null) {
            where.append(" and issued_on >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            where.append(" and issued_on <= ?");
            args.add(f.to());
        }
        if (f.delivered() != null) {
            where.append(f.delivered() ? " and delivered_on is not null" : " and delivered_on is null");
        }
        return streamed.forEach("select notice_no, parcel_id, type, installment_no, issued_on, due_date, facts, liability,"
                        + " delivered_on, received_by from notice" + where + " order by issued_on, notice_no",
                (rs, n) -> new NoticeRow(rs.getString(1), rs.getString(2), NoticeType.valueOf(rs.getString(3)),
                        rs.getObject(4, Integer.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getString(10)),
                sink, args.toArray());
    }

    public Page<NoticeEntry> find(NoticeFilter filter, Pageable page) {
        Sort order = Sort.by("issuedOn", "noticeNo");
        if (page.isUnpaged()) {
            return new org.springframework.data.domain.PageImpl<>(notices.findAll(matching(filter), order));
        }
        Pageable sorted = page.getSort().isSorted() ? page : PageRequest.of(page.getPageNumber(), page.getPageSize(), order);
        return notices.findAll(matching(filter), sorted);
    }

    public Optional<NoticeEntry> byNumber(String noticeNo) {
        return notices.findById(noticeNo);
    }

    public List<NoticeEntry> ofParcel(String parcelId) {
        return notices.findByParcelIdOrderByIssuedOnAscNoticeNoAsc(parcelId);
    }

    static Specification<NoticeEntry> matching(NoticeFilter f) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (f.type() != null) {
                where.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.parcelId() != null) {
                where.add(cb.equal(root.get("parcelId"), f.parcelId()));
            }
            if (f.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("issuedOn"), f.from()));
            }
            if (f.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("issuedOn"), f.to()));
            }
            if (f.delivered() != null) {
                where.add(f.delivered() ? cb.isNotNull(root.get("deliveredOn")) : cb.isNull(root.get("deliveredOn")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
