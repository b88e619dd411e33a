package id.sipetruk.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.EmploymentType;
import id.sipetruk.process.FormValues;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The eligibility rules BKPSDM sets on the start form (docs/process.md, "Eligibility"): the form's defaults are the
 * server's, a field a REST client leaves out takes the default, and impossible values are refused by name.
 */
class EligibilityRulesTest {

    private static EligibilityRules submitted(Map<String, Object> fields) {
        return RegisterPeriodDelegate.eligibility(new FormValues(fields::get));
    }

    @Test
    void theStartFormsDefaults_areTheServersDefaults_andAnOmittedFieldTakesThem() throws Exception {
        JsonNode form;
        try (InputStream in = getClass().getResourceAsStream("/forms/award-period-start.form")) {
            form = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> defaults = new HashMap<>();
        form.get("components").forEach(c -> defaults.put(c.path("key").asText(), c.path("defaultValue")));
        assertThat(defaults.get("eligiblePns").asBoolean()).isTrue();
        assertThat(defaults.get("eligiblePppk").asBoolean()).isTrue();
        assertThat(defaults.get("minServiceYears").asInt()).isEqualTo(EligibilityRules.DEFAULT_MIN_SERVICE_YEARS);
        assertThat(defaults.get("penaltyLookbackYears").asInt()).isEqualTo(EligibilityRules.DEFAULT_PENALTY_YEARS);
        assertThat(defaults.get("awardLookbackYears").asInt()).isEqualTo(EligibilityRules.DEFAULT_AWARD_YEARS);

        EligibilityRules omitted = submitted(Map.of());
        assertThat(omitted.allowedTypes()).containsExactlyInAnyOrder(EmploymentType.PNS, EmploymentType.PPPK);
        assertThat(omitted.applied()).containsExactly(EligibilityRule.values());
        assertThat(omitted.getMinServiceYears()).isEqualTo(4);
    }

    @Test
    void theValuesSubmitted_becomeThePeriodsRules_andZeroYearsSwitchesARuleOff() {
        EligibilityRules rules = submitted(Map.of("eligiblePns", true, "eligiblePppk", false, "minServiceYears", 10,
                "penaltyLookbackYears", 0, "awardLookbackYears", "5"));
        assertThat(rules.allowedTypes()).containsExactly(EmploymentType.PNS);
        assertThat(rules.applied()).containsExactly(EligibilityRule.EMPLOYMENT_TYPE, EligibilityRule.MIN_SERVICE,
                EligibilityRule.NO_RECENT_AWARD);
        assertThat(rules.requirement(EligibilityRule.MIN_SERVICE)).isEqualTo("masa kerja minimal 10 tahun");
        assertThat(rules.described()).containsExactly("Jenis pegawai PNS", "Masa kerja minimal 10 tahun",
                "Bebas hukuman disiplin sedang/berat: tidak diterapkan",
                "Belum menerima penghargaan ASN Berprestasi dalam 5 tahun terakhir");
    }

    @Test
    void noEmployeeTypeOrImpossibleYears_areRefusedByName() {
        assertThatThrownBy(() -> submitted(Map.of("eligiblePns", false, "eligiblePppk", false)))
                .isInstanceOf(ValidationException.class).hasMessage(Messages.get("eligibility.types"));
        assertThatThrownBy(() -> submitted(Map.of("minServiceYears", 41)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Masa kerja minimal (tahun)");
        assertThatThrownBy(() -> submitted(Map.of("awardLookbackYears", -1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Belum menerima penghargaan");
        assertThatThrownBy(() -> new EligibilityRules(java.util.Set.of(EmploymentType.CPNS), 0, 0, 0))
                .isInstanceOf(ValidationException.class);
    }
}
