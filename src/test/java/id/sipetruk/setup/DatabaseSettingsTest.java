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
        assumePostgres();
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    }

    @Test
    void onPostgres_pdfsAndUploads_areStoredWithoutASecondCompression() {
        assumePostgres();
        assertThat(jdbc.queryForList("select c.relname || '.' || a.attname || ' ' || a.attstorage::text"
                + " from pg_attribute a join pg_class c on c.oid = a.attrelid where a.attname = 'content'"
                + " and c.relname in ('generated_document', 'evidence') order by c.relname", String.class))
                .containsExactly("evidence.content e", "generated_document.content e");
        assertThat(jdbc.queryForObject("select attstorage::text from pg_attribute where attname = 'logo'"
                + " and attrelid = 'regency_setting'::regclass", String.class)).as("PostgreSQL's default, left alone")
                .isEqualTo("x");
    }

    private void assumePostgres() {
        assumeTrue("PostgreSQL".equals(jdbc.execute(
                (ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName())),
                "a PostgreSQL setting: runs with -Ppostgres-tests (.ci/run)");
    }
}
