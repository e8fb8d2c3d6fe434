package org.parcelwatch.projections.notice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface NoticeRepository extends JpaRepository<NoticeEntry, String>, JpaSpecificationExecutor<NoticeEntry> {

    List<NoticeEntry> findByParcelIdOrderByIssuedOnAscNoticeNoAsc(String parcelId);
}
