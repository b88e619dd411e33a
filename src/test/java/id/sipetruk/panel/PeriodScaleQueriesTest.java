package id.sipetruk.panel;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.decree.RecapitulationDocument;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps that work on a whole period (shortlist, aggregation, the panel's minutes, the recapitulation) read its
 * nominations with their employees, assessments, scores and decisions in a fixed number of queries, not one query
 * per nominee: a province's period has hundreds (issue 15). Counted by Hibernate's statistics, in one transaction
 * each, as the engine's job runs them.
 */
@SpringBootTest
class PeriodScaleQueriesTest {

    @Autowired PanelService panel;
    @Autowired PanelMinutesDocument minutes;
    @Autowired RecapitulationDocument recapitulation;
    @Autowired NominationRepository nominations;
    @Autowired PeriodBuilder build;
    @Autowired TestFixtures fixtures;
    @Autowired TransactionTemplate transactions;
    @Autowired EntityManagerFactory entityManagers;

    @Test
    void periodWideSteps_readAsManyTimes_forTenNomineesAsForTwo() {
        fixtures.ensureRegency();
        Map<String, Long> two = readsPerStep(2);
        Map<String, Long> ten = readsPerStep(10);
        assertThat(ten).as("reads per step with 10 nominees, against 2").isEqualTo(two);
    }

    /** The reads (queries and entity fetches) of each step, for a period of n eligible nominees of one OPD. */
    private Map<String, Long> readsPerStep(int n) {
        String suffix = Long.toString(System.nanoTime(), 36);
        Opd opd = build.inactiveOpd("tps" + suffix, "Dinas Uji Skala " + suffix);
        AwardPeriod period = build.period("TPS-" + suffix).quotas(n, 1, n).calling(opd)
                .at(AwardPeriodStatus.NOMINATION_OPEN).save();
        for (int i = 1; i <= n; i++) {
            build.nominee(period, "TPS-" + suffix + "-" + i).in(opd).assessed().status(NominationStatus.ELIGIBLE)
                    .save();
        }
        Long id = period.getId();
        Map<String, Long> reads = new LinkedHashMap<>();
        reads.put("shortlist", reads(() -> panel.shortlist(id)));
        List<Nomination> finalists = nominations.findByPeriodIdAndStatusIn(id, List.of(NominationStatus.FINALIST));
        assertThat(finalists).hasSize(n);
        for (Nomination finalist : finalists) {
            for (String member : TestFixtures.PANEL) {
                transactions.executeWithoutResult(
                        status -> panel.recordScore(finalist.getId(), member, false, null, 80, 75));
            }
        }
        reads.put("aggregate", reads(() -> panel.aggregate(id)));
        reads.put("panel minutes", reads(() -> minutes.generate(id)));
        reads.put("recapitulation", reads(() -> recapitulation.generate(id)));
        return reads;
    }

    private long reads(Runnable step) {
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            transactions.executeWithoutResult(status -> step.run());
            return statistics.getQueryExecutionCount() + statistics.getEntityFetchCount()
                    + statistics.getCollectionFetchCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
