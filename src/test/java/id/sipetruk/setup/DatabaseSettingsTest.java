package id.sipetruk.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every PostgreSQL connection of the application is set up with (docs/operations.md). */
@SpringBootTest
class DatabaseSettingsTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void onPostgres_theTaskQueryPlannerIsToldARandomReadIsCheap() {
        assumeTrue("PostgreSQL".equals(jdbc.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())),
                "a PostgreSQL setting: runs with -Ppostgres-tests (.ci/run)");
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    }
}
