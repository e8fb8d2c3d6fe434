package org.parcelwatch.projections.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.parcelwatch.monitoring.notice.DeliveryDeadline;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.projections.UnitOfWorkBatch;
import org.parcelwatch.projections.jdbc.BatchUpdates;
import org.parcelwatch.projections.jdbc.InListChunks;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The notices processing group: every notice by number, with its delivery.
 *
 * <p>A notice whose deadline runs from its delivery (the investigation notice, the idle-fee decision) is stored
 * without one and gets it with the delivery: the delivery event carries it, or, for a delivery stored before
 * 2026-11-30, it is counted here from the delivery with the days between the notice's issue and the deadline it was
 * stored with.
 *
 * <p>The handlers only collect: when the batch commits, one query tells which of its notices are stored already
 * (processors deliver at least once), then one batched insert and one batched update write the rest. A sweep issues
 * a notice for every parcel it finds due, and a look-up per notice was most of this group's time (bench/README.md).
 */
@Component
@ProcessingGroup(NoticeProjection.GROUP)
public class NoticeProjection implements RebuildableProjection {

    public static final String GROUP = "notices";

    static final String TABLE = "notice";
    /** Every column of {@value #TABLE}. */
    static final List<String> COLUMNS = List.of("notice_no", "parcel_id", "type", "installment_no", "issued_on", "due_date",
            "facts", "liability", "delivered_on", "received_by");

    private final JdbcTemplate jdbc;
    private final UnitOfWorkBatch<Batch> batches = new UnitOfWorkBatch<>(NoticeProjection.class, Batch::new, this::write);

    public NoticeProjection(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A batch's notices in event order: those issued, and the deliveries recorded, by notice number. */
    private static final class Batch {
        final Map<String, NoticeIssued> issued = new LinkedHashMap<>();
        final Map<String, NoticeDelivered> deliveries = new LinkedHashMap<>();
    }

    @EventHandler
    void on(NoticeIssued event, UnitOfWork<?> unitOfWork) {
        batches.of(unitOfWork).issued.putIfAbsent(event.noticeNo(), event);
    }

    @EventHandler
    void on(NoticeDelivered event, UnitOfWork<?> unitOfWork) {
        // the last delivery recorded is the one that stands, as when each was applied in turn
        Batch batch = batches.of(unitOfWork);
        batch.deliveries.remove(event.noticeNo());
        batch.deliveries.put(event.noticeNo(), event);
    }

    private void write(Batch batch) {
        Set<String> stored = new HashSet<>();
        InListChunks.query(jdbc, marks -> "select notice_no from notice where notice_no in (" + marks + ")",
                batch.issued.keySet(), rs -> stored.add(rs.getString(1)));
        List<Object[]> inserts = new ArrayList<>();
        for (NoticeIssued notice : batch.issued.values()) {
            if (!stored.contains(notice.noticeNo())) {
                inserts.add(row(notice));
            }
        }
        RowInserts.batched(jdbc).insert(TABLE, COLUMNS, inserts);
        // after the inserts, so that a notice issued and delivered in the same batch gets its delivery too; a
        // delivery of a notice not (yet) projected updates nothing, as before
        Map<String, LocalDate> legacyDeadlines = legacyDeadlines(batch.deliveries.values());
        BatchUpdates.rows(jdbc, "update notice set delivered_on = ?, received_by = ?, due_date = coalesce(cast(? as date), due_date)"
                        + " where notice_no = ?",
                batch.deliveries.values().stream().map(d -> new Object[] {d.deliveredOn(), d.receivedBy(),
                        legacyDeadlines.getOrDefault(d.noticeNo(), deadline(d, null, null)), d.noticeNo()}).toList());
    }

    /** A notice's row as issued: every column of {@value #TABLE}, in the order of {@link #COLUMNS}, with no delivery. */
    static Object[] row(NoticeIssued notice) {
        return new Object[] {notice.noticeNo(), notice.parcelId(), notice.type().name(), notice.installmentNo(), notice.issuedOn(),
                notice.dueDate(), notice.facts(), notice.liability(), null, null};
    }

    /**
     * The deadline a delivery sets on the notice issued on {@code issuedOn} and stored with {@code storedDueDate}: the
     * one the delivery carries, or for a delivery stored before deliveries carried one (of a notice whose deadline runs
     * from its delivery), the days stored with the notice counted from the delivery. Null: the stored one stands.
     */
    static LocalDate deadline(NoticeDelivered delivery, LocalDate issuedOn, LocalDate storedDueDate) {
        if (delivery.dueDate() != null) {
            return delivery.dueDate();
        }
        if (!DeliveryDeadline.runsFromDelivery(delivery.type())) {
            return null;
        }
        Integer days = DeliveryDeadline.daysOfLegacyNotice(issuedOn, storedDueDate);
        return days == null ? null : DeliveryDeadline.dueOn(delivery.deliveredOn(), days);
    }

    /**
     * The deadlines of deliveries stored before they carried one, counted from the stored notice's days; a delivery
     * not among them sets what it carries ({@link #deadline} with no stored notice).
     */
    private Map<String, LocalDate> legacyDeadlines(Collection<NoticeDelivered> deliveries) {
        Map<String, NoticeDelivered> legacy = new HashMap<>();
        deliveries.stream().filter(d -> d.dueDate() == null && DeliveryDeadline.runsFromDelivery(d.type()))
                .forEach(d -> legacy.put(d.noticeNo(), d));
        Map<String, LocalDate> deadlines = new HashMap<>();
        InListChunks.query(jdbc, marks -> "select notice_no, issued_on, due_date from notice where notice_no in (" + marks + ")",
                legacy.keySet(), rs -> {
                    LocalDate deadline = deadline(legacy.get(rs.getString(1)), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class));
                    if (deadline != null) {
                        deadlines.put(rs.getString(1), deadline);
                    }
                });
        return deadlines;
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from " + TABLE);
    }

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of(TABLE);
    }

    @Override
    public RebuildFold rebuildInto(DataSource target, RowInserts inserts, Histories histories) {
        return NoticeRebuild.into(target, inserts, histories);
    }
}
