package org.parcelwatch.projections.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.projections.jdbc.InListChunks;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RefoldingRebuild;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notices' fold fed by a rebuild: a batch of parcels' notices folded in memory and each written once, with its
 * last delivery. As the processor: a notice issued again is the one first stored, a delivery of a notice not issued
 * writes nothing, and a legacy delivery's deadline counts the days of the notice as stored
 * ({@link NoticeProjection#deadline}), which the fold holds. A tail deletes its parcels' notices and folds their whole
 * histories again ({@link RefoldingRebuild}).
 */
final class NoticeRebuild implements RefoldingRebuild.Fold {

    private static final int ISSUED_ON = NoticeProjection.COLUMNS.indexOf("issued_on");
    private static final int DUE_DATE = NoticeProjection.COLUMNS.indexOf("due_date");
    private static final int DELIVERED_ON = NoticeProjection.COLUMNS.indexOf("delivered_on");
    private static final int RECEIVED_BY = NoticeProjection.COLUMNS.indexOf("received_by");

    private final JdbcTemplate target;
    private final RowInserts inserts;

    private NoticeRebuild(DataSource target, RowInserts inserts) {
        this.target = new JdbcTemplate(target);
        this.inserts = inserts;
    }

    static RebuildFold into(DataSource target, RowInserts inserts, Histories histories) {
        return new RefoldingRebuild(e -> e instanceof NoticeIssued || e instanceof NoticeDelivered, histories,
                new NoticeRebuild(target, inserts));
    }

    @Override
    public void write(Map<String, List<Object>> histories) {
        Map<String, Object[]> notices = new LinkedHashMap<>();
        histories.values().forEach(events -> events.forEach(event -> {
            if (event instanceof NoticeIssued issued) {
                notices.putIfAbsent(issued.noticeNo(), NoticeProjection.row(issued));
            } else if (event instanceof NoticeDelivered delivery) {
                Object[] notice = notices.get(delivery.noticeNo());
                if (notice != null) {
                    LocalDate deadline = NoticeProjection.deadline(delivery, (LocalDate) notice[ISSUED_ON], (LocalDate) notice[DUE_DATE]);
                    notice[DELIVERED_ON] = delivery.deliveredOn();
                    notice[RECEIVED_BY] = delivery.receivedBy();
                    if (deadline != null) {
                        notice[DUE_DATE] = deadline;
                    }
                }
            }
        }));
        inserts.insert(NoticeProjection.TABLE, NoticeProjection.COLUMNS, new ArrayList<>(notices.values()));
    }

    @Override
    public void delete(Map<String, List<Object>> parcels) {
        InListChunks.update(target, marks -> "delete from " + NoticeProjection.TABLE + " where parcel_id in (" + marks + ")",
                parcels.keySet());
    }
}
