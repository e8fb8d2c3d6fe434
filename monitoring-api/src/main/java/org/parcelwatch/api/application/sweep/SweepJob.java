package org.parcelwatch.api.application.sweep;

import org.parcelwatch.api.application.audit.DailyRoot;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The daily sweep as a Quartz job. Never two at once: {@code @DisallowConcurrentExecution} within the
 * cluster (the JDBC store's locks), and the service's lock against a manual sweep on the same node. Stored
 * with "requests recovery": if the node running it dies, another node (or the same one, restarted) runs
 * it again, and the idempotent checks finish what the dead one left.
 *
 * <p>After the sweep it seals the audit chain's daily root of the day before ({@link DailyRoot}); a root already
 * sealed (by a run that was recovered, or by another node) is left as it is.
 */
@DisallowConcurrentExecution
public class SweepJob implements Job {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SweepJob.class);

    private final SweepService sweeps;
    private final DailyRoot roots;

    public SweepJob(SweepService sweeps, DailyRoot roots) {
        this.sweeps = sweeps;
        this.roots = roots;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            sweeps.sweep(context.isRecovering() ? SweepTrigger.RECOVERY : SweepTrigger.SCHEDULED);
            sealRoot();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }

    /** A root not sealed today is sealed by tomorrow's run; the sweep's outcome does not depend on it. */
    private void sealRoot() {
        try {
            roots.sealYesterday();
        } catch (RuntimeException e) {
            log.error("the audit chain's daily root could not be sealed; the next daily run tries again", e);
        }
    }
}
