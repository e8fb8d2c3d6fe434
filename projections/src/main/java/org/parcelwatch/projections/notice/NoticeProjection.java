package org.parcelwatch.projections.notice;

import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.springframework.stereotype.Component;

/** The notices processing group: every notice by number, with its delivery. */
@Component
@ProcessingGroup(NoticeProjection.GROUP)
public class NoticeProjection {

    public static final String GROUP = "notices";

    private final EntityManager entityManager;

    public NoticeProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventHandler
    void on(NoticeIssued event) {
        if (entityManager.find(NoticeEntry.class, event.noticeNo()) == null) {
            entityManager.persist(new NoticeEntry(event));
        }
    }

    @EventHandler
    void on(NoticeDelivered event) {
        NoticeEntry notice = entityManager.find(NoticeEntry.class, event.noticeNo());
        if (notice != null) {
            notice.delivered(event.deliveredOn(), event.receivedBy());
        }
    }

    @ResetHandler
    void reset() {
        entityManager.createQuery("delete from NoticeEntry").executeUpdate();
    }
}
