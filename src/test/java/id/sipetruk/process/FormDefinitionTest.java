package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.organization.Predikat;
import id.sipetruk.period.KinerjaMeasure;
import id.sipetruk.period.PeriodStage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forms check what a person can get wrong before anything reaches the server (which checks again):
 * required fields, number ranges and the allowed options.
 */
class FormDefinitionTest {

    private static JsonNode field(String form, String key) throws IOException {
        try (InputStream in = FormDefinitionTest.class.getResourceAsStream("/forms/" + form + ".form")) {
            assertThat(in).as(form).isNotNull();
            JsonNode root = new ObjectMapper().readTree(in);
            assertThat(root.get("id").asText()).isEqualTo(form);
            for (JsonNode component : root.get("components")) {
                if (key.equals(component.path("key").asText())) {
                    return component;
                }
            }
        }
        throw new AssertionError("no field " + key + " in " + form);
    }

    private static List<String> options(JsonNode field) {
        List<String> values = new ArrayList<>();
        field.get("values").forEach(v -> values.add(v.get("value").asText()));
        return values;
    }

    @Test
    void assessmentRanges_andInnovationOptions() throws IOException {
        for (String key : List.of("eKinerjaValue", "attendancePercent")) {
            JsonNode validate = field("fill-assessment", key).get("validate");
            assertThat(validate.get("required").asBoolean()).isTrue();
            assertThat(validate.get("min").asInt()).isZero();
            assertThat(validate.get("max").asInt()).as(key).isEqualTo(100);
        }
        assertThat(options(field("fill-assessment", "innovationScore"))).containsExactly("10", "20", "30", "40");
        assertThat(options(field("fill-assessment", "behaviourResult")))
                .containsExactly("ABOVE_EXPECTATION", "AS_EXPECTED", "BELOW_EXPECTATION");
        assertThat(options(field("review-assessment", "teamWorkScore"))).containsExactly("10", "15", "20");
    }

    @Test
    void kinerjaIsAValueOrAPredikat_asThePeriodSays() throws IOException {
        assertThat(options(field("fill-assessment", "eKinerjaPredikat")))
                .containsExactlyElementsOf(Arrays.stream(Predikat.values()).map(Enum::name).toList());
        assertThat(field("fill-assessment", "eKinerjaPredikat").at("/conditional/hide").asText())
                .isEqualTo("=kinerjaMeasure != \"PREDIKAT\"");
        assertThat(field("fill-assessment", "eKinerjaValue").at("/conditional/hide").asText())
                .isEqualTo("=kinerjaMeasure = \"PREDIKAT\"");
        assertThat(field("fill-assessment", "overrideReason").at("/validate/maxLength").asInt()).isEqualTo(1000);
        assertThat(options(field("award-period-start", "kinerjaMeasure")))
                .containsExactlyElementsOf(Arrays.stream(KinerjaMeasure.values()).map(Enum::name).toList());
        assertThat(options(field("award-period-start", "lowestPredikat"))).allSatisfy(Predikat::valueOf);
    }

    @Test
    void panelScoresAre0To100_andAnAbstentionNeedsItsReason() throws IOException {
        for (String key : List.of("presentationScore", "interviewScore")) {
            JsonNode score = field("score-finalist", key);
            assertThat(score.at("/validate/max").asInt()).isEqualTo(100);
            assertThat(score.at("/validate/min").asInt()).isZero();
            assertThat(score.at("/validate/required").asBoolean()).isTrue();
            assertThat(score.at("/conditional/hide").asText()).isEqualTo("=abstain = true");
        }
        JsonNode reason = field("score-finalist", "abstentionReason");
        assertThat(reason.at("/validate/required").asBoolean()).isTrue();
        assertThat(reason.at("/conditional/hide").asText()).isEqualTo("=abstain != true");
    }

    @Test
    void nomineesComeFromTheOpdsOwnEmployees_andTheStartFormCarriesTheDomainDefaults() throws IOException {
        assertThat(field("nominate-candidates", "nomineeNips").get("valuesKey").asText()).isEqualTo("employeeOptions");
        assertThat(field("propose-awardees", "awardeeCodes").get("valuesKey").asText()).isEqualTo("finalistOptions");
        assertThat(field("award-period-start", "kinerjaThreshold").get("defaultValue").asInt()).isEqualTo(85);
        assertThat(field("award-period-start", "disiplinThreshold").get("defaultValue").asInt()).isEqualTo(95);
        assertThat(field("award-period-start", "instrumentWeight").get("defaultValue").asInt()
                + field("award-period-start", "panelWeight").get("defaultValue").asInt()).isEqualTo(100);
    }

    /**
     * The start form has a datetime field per stage after nomination (the nomination stage ends when the window
     * closes), optional: left empty, it takes the default its description names, the one the server applies.
     */
    @Test
    void theStartFormSetsEachStagesDeadline_optionally_withTheDefaultItsDescriptionNames() throws IOException {
        for (PeriodStage stage : PeriodStage.values()) {
            JsonNode deadline = field("award-period-start", stage.formField());
            assertThat(deadline.get("type").asText()).as(stage.formField()).isEqualTo("datetime");
            assertThat(deadline.get("subtype").asText()).isEqualTo("datetime");
            assertThat(deadline.get("timeSerializingFormat").asText()).isEqualTo("no_timezone");
            if (stage == PeriodStage.NOMINATION) {
                assertThat(deadline.at("/validate/required").asBoolean()).isTrue();
                continue;
            }
            assertThat(deadline.at("/validate/required").asBoolean()).as(stage + " is optional").isFalse();
            assertThat(deadline.get("description").asText())
                    .contains(stage.defaultDaysAfterClosing() + " hari sesudah nominasi ditutup");
        }
        assertThat(PeriodStage.values()).extracting(PeriodStage::defaultDaysAfterClosing)
                .containsExactly(0, 7, 14, 21, 28, 35);
    }
}
