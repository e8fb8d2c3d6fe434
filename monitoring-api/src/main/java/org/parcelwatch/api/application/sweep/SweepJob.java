package org.parcelwatch.api.application.sweep;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The daily sweep as a Quartz job. Never two at once: {@code @DisallowConcurrentExecution} within the
 * cluster (the JDBC store's locks), and the service's lock against a manual sweep on the same node. Stored
 * with "requests recovery": if the node running it dies, another node (or the same one, restarted) runs
 * it again, and the idempotent checks finish what the dead one left.
 */
@DisallowConcurrentExecution
public class SweepJob implements Job {

    private final SweepService sweeps;

    public SweepJob(SweepService sweeps) {
        this.sweeps = sweeps;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            sweeps.sweep(context.isRecovering() ? SweepTrigger.RECOVERY : SweepTrigger.SCHEDULED);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
