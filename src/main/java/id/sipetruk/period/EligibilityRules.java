package id.sipetruk.period;

import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.EmploymentType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may be nominated in one award period, as data: BKPSDM sets it on the start form, and it is kept with the period
 * (a copy per period, like the {@link Rubric}), so next year's rules never change this year's nominees. A number of
 * years of 0 means the rule is not applied. Evaluated by {@code nomination.EligibilityCheck}; docs/process.md,
 * "Eligibility".
 */
@Embeddable
public class EligibilityRules {

    public static final Set<EmploymentType> DEFAULT_TYPES = EnumSet.of(EmploymentType.PNS, EmploymentType.PPPK);
    public static final int DEFAULT_MIN_SERVICE_YEARS = 4;
    public static final int DEFAULT_PENALTY_YEARS = 3;
    public static final int DEFAULT_AWARD_YEARS = 2;
    /** The most years a rule may reach back (or a minimum of service may ask for). */
    public static final int MAX_YEARS = 40;

    @Column(name = "eligible_employment_types")
    private String employmentTypes = join(DEFAULT_TYPES);
    @Column(name = "eligible_min_service_years")
    private int minServiceYears = DEFAULT_MIN_SERVICE_YEARS;
    @Column(name = "eligible_penalty_years")
    private int penaltyYears = DEFAULT_PENALTY_YEARS;
    @Column(name = "eligible_award_years")
    private int awardYears = DEFAULT_AWARD_YEARS;

    /** The defaults. */
    public EligibilityRules() {
    }

    /**
     * @param types           the kinds of employee who may be nominated: PNS, PPPK or both (a CPNS never may)
     * @param minServiceYears years of service at the reference date; 0: no minimum
     * @param penaltyYears    no sedang or berat penalty served within this many years; 0: not checked
     * @param awardYears      no award of another period within this many years; 0: not checked
     */
    public EligibilityRules(Set<EmploymentType> types, int minServiceYears, int penaltyYears, int awardYears) {
        if (types.isEmpty() || types.contains(EmploymentType.CPNS)) {
            throw new ValidationException("eligibility.types");
        }
        for (int years : List.of(minServiceYears, penaltyYears, awardYears)) {
            if (years < 0 || years > MAX_YEARS) {
                throw new ValidationException("eligibility.years", String.valueOf(MAX_YEARS));
            }
        }
        this.employmentTypes = join(types);
        this.minServiceYears = minServiceYears;
        this.penaltyYears = penaltyYears;
        this.awardYears = awardYears;
    }

    public Set<EmploymentType> allowedTypes() {
        return Arrays.stream(employmentTypes.split(",")).map(String::strip).map(EmploymentType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EmploymentType.class)));
    }

    public int getMinServiceYears() { return minServiceYears; }
    public int getPenaltyYears() { return penaltyYears; }
    public int getAwardYears() { return awardYears; }

    /** The rules this period applies, in the order they are checked and shown. */
    public List<EligibilityRule> applied() {
        List<EligibilityRule> rules = new ArrayList<>(List.of(EligibilityRule.EMPLOYMENT_TYPE));
        if (minServiceYears > 0) {
            rules.add(EligibilityRule.MIN_SERVICE);
        }
        if (penaltyYears > 0) {
            rules.add(EligibilityRule.NO_RECENT_PENALTY);
        }
        if (awardYears > 0) {
            rules.add(EligibilityRule.NO_RECENT_AWARD);
        }
        return rules;
    }

    /** The rule as a person reads it, with this period's value: "masa kerja minimal 4 tahun". */
    public String requirement(EligibilityRule rule) {
        return switch (rule) {
            case EMPLOYMENT_TYPE -> Messages.get("eligibility.rule.EMPLOYMENT_TYPE",
                    String.join(" atau ", allowedTypes().stream().map(Enum::name).toList()));
            case MIN_SERVICE -> Messages.get("eligibility.rule.MIN_SERVICE", String.valueOf(minServiceYears));
            case NO_RECENT_PENALTY -> Messages.get("eligibility.rule.NO_RECENT_PENALTY", String.valueOf(penaltyYears));
            case NO_RECENT_AWARD -> Messages.get("eligibility.rule.NO_RECENT_AWARD", String.valueOf(awardYears));
        };
    }

    /** Every rule of the period in words, those not applied too ("Belum menerima penghargaan: tidak diterapkan"), for the period page. */
    public List<String> described() {
        List<String> lines = new ArrayList<>();
        for (EligibilityRule rule : EligibilityRule.values()) {
            String line = applied().contains(rule) ? requirement(rule)
                    : Messages.get("eligibility.notApplied", Messages.label(rule));
            lines.add(Character.toUpperCase(line.charAt(0)) + line.substring(1));
        }
        return lines;
    }

    private static String join(Set<EmploymentType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
