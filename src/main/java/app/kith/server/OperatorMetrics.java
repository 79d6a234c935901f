package app.kith.server;

import app.kith.digest.Digests;
import app.kith.io.Imports;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an operator's monitoring reads at {@code /metrics} besides Boot's own (request latencies as
 * {@code http_server_requests_seconds}, the pool, the JVM): each scheduled task's runs, failures
 * and time ({@code kith_jobs_seconds{task, outcome}}), imports ({@code kith_imports_seconds{format,
 * outcome}}, {@code kith_imports_rows}) and morning emails ({@code kith_emails_total{outcome}}).
 * Counted by this node: the sum over the nodes is the cluster's. No tag names an account or a person.
 */
@Configuration(proxyBeanMethods = false)
class OperatorMetrics {

    /** Each run of a db-scheduler task, as the scheduler that ran it saw it. */
    @Bean
    SchedulerListener jobMetrics(MeterRegistry registry) {
        return new AbstractSchedulerListener() {
            @Override
            public void onExecutionComplete(ExecutionComplete done) {
                Timer.builder("kith.jobs").description("Runs of each scheduled task, by outcome")
                        .tag("task", done.getExecution().taskInstance.getTaskName())
                        .tag("outcome", done.getResult().name().toLowerCase(Locale.ROOT))
                        .register(registry).record(done.getDuration());
            }
        };
    }

    @Bean
    InitializingBean importAndEmailMetrics(MeterRegistry registry, Imports imports, Digests digests) {
        return () -> {
            imports.onFinished(done -> {
                String outcome = done.written() ? "written" : "failed";
                Timer.builder("kith.imports").description("Imports, by format and outcome")
                        .tag("format", done.format().name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                        .register(registry).record(done.took());
                DistributionSummary.builder("kith.imports.rows").description("Rows read by the imports written")
                        .tag("format", done.format().name().toLowerCase(Locale.ROOT))
                        .register(registry).record(done.rows());
            });
            Counter sent = Counter.builder("kith.emails").description("Morning emails, by outcome").tag("outcome", "sent")
                    .register(registry);
            Counter failed = Counter.builder("kith.emails").description("Morning emails, by outcome").tag("outcome", "failed")
                    .register(registry);
            digests.onSend(delivered -> (delivered ? sent : failed).increment());
        };
    }
}
