package org.parcelwatch.api.application.sweep;

import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.parcelwatch.api.ParcelwatchProperties;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the daily sweep into Quartz before the scheduler starts: the durable job and its cron trigger
 * ({@code parcelwatch.sweep.cron} in the clock's zone, default 01:30 Asia/Shanghai).
 *
 * <p>A trigger already in the JDBC store is kept as it is when it still matches the configuration, so its
 * state survives a restart: a daily run missed while every node was down is past its fire time, and
 * Quartz's misfire handling (fire and proceed) runs it once as the scheduler starts. A trigger whose cron
 * or zone changed is replaced; if it had a run pending in the past, the new one starts from that moment,
 * so the missed run still fires. Several nodes starting at once register it once (the store's locks).
 */
@Component
public class SweepSchedule implements SmartInitializingSingleton {

    public static final JobKey JOB = JobKey.jobKey("daily-sweep", "parcelwatch");
    public static final TriggerKey TRIGGER = TriggerKey.triggerKey("daily-sweep", "parcelwatch");

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final Scheduler scheduler;
    private final String cron;
    private final ZoneId zone;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    public SweepSchedule(Scheduler scheduler, ParcelwatchProperties properties,
                         ObjectProvider<PlatformTransactionManager> transactions) {
        this.scheduler = scheduler;
        this.cron = properties.sweep().cron();
        this.zone = properties.clock().zone();
        this.transactions = transactions;
    }

    @Override
    public void afterSingletonsInstantiated() {
        PlatformTransactionManager transactionManager = transactions.getIfUnique();
        if (transactionManager == null) {
            register();
        } else {
            // the JDBC store joins Spring's transaction: its row lock then covers check and write together
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> register());
        }
    }

    public JobDetail job() {
        return JobBuilder.newJob(SweepJob.class).withIdentity(JOB)
                         .withDescription("Fires the time rules of every parcel due as of today")
                         .storeDurably().requestRecovery().build();
    }

    /** The daily trigger as configured, first firing at or after {@code start}. */
    public CronTrigger trigger(Date start) {
        return TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB)
                             .withDescription("Daily sweep at " + cron + " " + zone)
                             .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                                                              .inTimeZone(TimeZone.getTimeZone(zone))
                                                              .withMisfireHandlingInstructionFireAndProceed())
                             .startAt(start).build();
    }

    private void register() {
        try {
            JobDetail stored = scheduler.getJobDetail(JOB);
            if (stored == null || !stored.getJobClass().equals(SweepJob.class) || !stored.requestsRecovery()
                    || !stored.isDurable()) {
                scheduler.addJob(job(), true);
            }
            Trigger existing = scheduler.getTrigger(TRIGGER);
            Date now = new Date();
            if (existing == null) {
                scheduler.scheduleJob(trigger(now));
                log.info("daily sweep scheduled at '{}' {}; next run {}", cron, zone, scheduler.getTrigger(TRIGGER).getNextFireTime());
            } else if (matches(existing)) {
                log.info("daily sweep trigger kept: '{}' {}, next run {}", cron, zone, existing.getNextFireTime());
            } else {
                Date pending = existing.getNextFireTime();
                Date start = pending != null && pending.before(now) ? pending : now;
                scheduler.rescheduleJob(TRIGGER, trigger(start));
                log.info("daily sweep rescheduled to '{}' {}; next run {}", cron, zone, scheduler.getTrigger(TRIGGER).getNextFireTime());
            }
        } catch (ObjectAlreadyExistsException e) {
            log.info("daily sweep already registered by another node");
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot register the daily sweep with Quartz", e);
        }
    }

    private boolean matches(Trigger existing) {
        return existing instanceof CronTrigger stored
                && cron.equals(stored.getCronExpression())
                && zone.equals(stored.getTimeZone().toZoneId())
                && stored.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW
                && JOB.equals(stored.getJobKey());
    }
}
