package org.parcelwatch.projections.notice;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public NoticeQueries(NoticeRepository notices) {
        this.notices = notices;
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
