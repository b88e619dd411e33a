package id.sipetruk.web;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.BETA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.sipetruk.WebAs;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.WebApplicationContext;

/**
 * The home page: each person's open work with a link into Tasklist, another OPD's work not shown, and for BKPSDM
 * the list of periods.
 */
@SpringBootTest
class HomePageTest {

    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired WebApplicationContext context;

    @Test
    void anOpdHeadSeesHisNominateTask_notAnotherOpds_andBkpsdmSeesThePeriods() throws Exception {
        ProcessInstance period = lifecycle.openPeriod();
        String code = driver.period(period).getCode();
        Task alpha = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        Task beta = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(BETA));

        String head = page(AwardLifecycle.head(ALPHA), OpdGroups.headGroup(ALPHA));
        assertThat(head).contains("Pekerjaan Anda", "Kepala OPD: usulkan calon", code + " · Dinas Uji Alpha",
                "/camunda/app/tasklist/default/#/?task=" + alpha.getId());
        assertThat(head).doesNotContain(beta.getId(), code + " · Badan Uji Beta", "Periode penghargaan");

        String bkpsdm = page("bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        assertThat(bkpsdm).contains("Periode penghargaan", "/periode/" + code, "Masa nominasi dibuka")
                .doesNotContain(alpha.getId());
    }

    private String page(String user, String group) throws Exception {
        return WebAs.login(context, user, group).perform(get("/")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
