package id.sipetruk.nomination;

import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.nomination.PastAwards.PastAward;
import id.sipetruk.organization.DisciplineImportRun;
import id.sipetruk.organization.DisciplineImportRunRepository;
import id.sipetruk.organization.DisciplinePenalty;
import id.sipetruk.organization.DisciplinePenaltyRepository;
import id.sipetruk.organization.Employee;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.EligibilityRule;
import id.sipetruk.period.EligibilityRules;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a period's eligibility rules ({@link EligibilityRules}) for employees, at the period's eligibility date,
 * from the data SI PETRUK holds: the employee (SIASN or his NIP), the imported disciplinary penalties, and the
 * approved decrees of other periods. Each rule is met, not met, or has no data; only "not met" blocks a nomination.
 * The facts are read once for a whole list of employees (an OPD's nominate form).
 */
@Component
@Transactional(readOnly = true)
public class EligibilityCheck {

    private final DisciplinePenaltyRepository penalties;
    private final DisciplineImportRunRepository disciplineImports;
    private final PastAwards pastAwards;

    public EligibilityCheck(DisciplinePenaltyRepository penalties, DisciplineImportRunRepository disciplineImports,
                            PastAwards pastAwards) {
        this.penalties = penalties;
        this.disciplineImports = disciplineImports;
        this.pastAwards = pastAwards;
    }

    /** Every rule the period applies, in order, for one employee. */
    public List<RuleResult> of(AwardPeriod period, Employee employee) {
        return of(period, List.of(employee)).get(employee.getId());
    }

    /**
     * The rules for the nominee as the verifier reads them, one line per rule: met, not met or no data, with what the
     * data says and its source, checked now (data imported since the nomination counts).
     */
    public String describe(Nomination nomination) {
        return String.join("\n", of(nomination.getPeriod(), nomination.getEmployee()).stream()
                .map(RuleResult::line).toList());
    }

    /** The first of an employee's rules he does not meet; empty if none (a rule without data does not block). */
    public static Optional<RuleResult> firstUnmet(List<RuleResult> results) {
        return results.stream().filter(r -> r.outcome() == RuleOutcome.NOT_MET).findFirst();
    }

    /** Every rule the period applies for each employee, by employee id, in the employees' order. */
    public Map<Long, List<RuleResult>> of(AwardPeriod period, List<Employee> employees) {
        Facts facts = facts(period, employees);
        Map<Long, List<RuleResult>> results = new LinkedHashMap<>();
        for (Employee employee : employees) {
            results.put(employee.getId(), period.getEligibility().applied().stream()
                    .map(rule -> check(rule, period.getEligibility(), employee, facts)).toList());
        }
        return results;
    }

    /** What the rules need to know beyond the employee, read once for all of them. */
    private record Facts(LocalDate on, Map<Long, List<DisciplinePenalty>> penalties,
                         Optional<DisciplineImportRun> lastDisciplineImport, Map<Long, List<PastAward>> awards) {
    }

    private Facts facts(AwardPeriod period, List<Employee> employees) {
        EligibilityRules rules = period.getEligibility();
        LocalDate on = period.eligibilityDate();
        List<EligibilityRule> applied = rules.applied();
        Map<Long, List<DisciplinePenalty>> penaltiesOf = Map.of();
        Optional<DisciplineImportRun> lastImport = Optional.empty();
        if (applied.contains(EligibilityRule.NO_RECENT_PENALTY) && !employees.isEmpty()) {
            penaltiesOf = penalties.findByEmployeeIdIn(employees.stream().map(Employee::getId).toList()).stream()
                    .collect(Collectors.groupingBy(p -> p.getEmployee().getId()));
            lastImport = disciplineImports.findFirstByOrderByImportedAtDescIdDesc();
        }
        Map<Long, List<PastAward>> awardsOf = Map.of();
        if (applied.contains(EligibilityRule.NO_RECENT_AWARD)) {
            awardsOf = pastAwards.approvedSince(on.minusYears(rules.getAwardYears()).atStartOfDay(), period.getId())
                    .stream().collect(Collectors.groupingBy(PastAward::employeeId));
        }
        return new Facts(on, penaltiesOf, lastImport, awardsOf);
    }

    private static RuleResult check(EligibilityRule rule, EligibilityRules rules, Employee employee, Facts facts) {
        String requirement = rules.requirement(rule);
        return switch (rule) {
            case EMPLOYMENT_TYPE -> employmentType(requirement, rules, employee);
            case MIN_SERVICE -> service(requirement, rules.getMinServiceYears(), employee, facts.on());
            case NO_RECENT_PENALTY -> penalty(requirement, rules.getPenaltyYears(), employee, facts);
            case NO_RECENT_AWARD -> award(requirement, employee, facts);
        };
    }

    private static RuleResult employmentType(String requirement, EligibilityRules rules, Employee employee) {
        RuleOutcome outcome = rules.allowedTypes().contains(employee.getEmploymentType())
                ? RuleOutcome.MET : RuleOutcome.NOT_MET;
        return new RuleResult(EligibilityRule.EMPLOYMENT_TYPE, requirement, outcome,
                Messages.get("eligibility.finding.type", employee.getEmploymentType().name()),
                Messages.get(employee.getUnorCode() != null ? "eligibility.source.siasnType" : "eligibility.source.nip"));
    }

    private static RuleResult service(String requirement, int minYears, Employee employee, LocalDate on) {
        Optional<LocalDate> start = employee.serviceStart();
        if (start.isEmpty()) {
            return new RuleResult(EligibilityRule.MIN_SERVICE, requirement, RuleOutcome.NO_DATA,
                    Messages.get("eligibility.finding.noServiceStart"), Messages.get("eligibility.source.pppkNumber"));
        }
        Period served = start.get().isAfter(on) ? Period.ZERO : Period.between(start.get(), on);
        return new RuleResult(EligibilityRule.MIN_SERVICE, requirement,
                served.getYears() >= minYears ? RuleOutcome.MET : RuleOutcome.NOT_MET,
                Messages.get("eligibility.finding.service", String.valueOf(served.getYears()),
                        String.valueOf(served.getMonths())),
                Messages.get(employee.serviceStartFromSiasn() ? "eligibility.source.siasnServiceStart"
                        : "eligibility.source.nip"));
    }

    private static RuleResult penalty(String requirement, int years, Employee employee, Facts facts) {
        LocalDate from = facts.on().minusYears(years);
        Optional<DisciplinePenalty> served = facts.penalties().getOrDefault(employee.getId(), List.of()).stream()
                .filter(p -> p.getLevel().moderateOrSevere() && p.servedBetween(from, facts.on()))
                .max(Comparator.comparing(DisciplinePenalty::getStartsOn));
        if (served.isPresent()) {
            DisciplinePenalty p = served.get();
            String source = Messages.get("eligibility.source.disciplineImport",
                    IndonesianDates.date(p.getRecordedAt().toLocalDate()))
                    + (p.getDecreeNumber() == null ? "" : ", SK " + p.getDecreeNumber());
            return new RuleResult(EligibilityRule.NO_RECENT_PENALTY, requirement, RuleOutcome.NOT_MET,
                    Messages.get("eligibility.finding.penalty", Messages.label(p.getLevel()), p.getPenaltyType(),
                            IndonesianDates.date(p.getStartsOn())), source);
        }
        if (facts.lastDisciplineImport().isEmpty()) {
            return new RuleResult(EligibilityRule.NO_RECENT_PENALTY, requirement, RuleOutcome.NO_DATA,
                    Messages.get("eligibility.finding.noDisciplineData"),
                    Messages.get("eligibility.source.noDisciplineImport"));
        }
        return new RuleResult(EligibilityRule.NO_RECENT_PENALTY, requirement, RuleOutcome.MET,
                Messages.get("eligibility.finding.noPenalty"), Messages.get("eligibility.source.disciplineImport",
                IndonesianDates.date(facts.lastDisciplineImport().get().getImportedAt().toLocalDate())));
    }

    private static RuleResult award(String requirement, Employee employee, Facts facts) {
        List<PastAward> awards = facts.awards().getOrDefault(employee.getId(), List.of());
        if (awards.isEmpty()) {
            return new RuleResult(EligibilityRule.NO_RECENT_AWARD, requirement, RuleOutcome.MET,
                    Messages.get("eligibility.finding.noAward"), Messages.get("eligibility.source.decrees"));
        }
        PastAward latest = awards.get(0);
        return new RuleResult(EligibilityRule.NO_RECENT_AWARD, requirement, RuleOutcome.NOT_MET,
                Messages.get("eligibility.finding.award", latest.periodCode(),
                        IndonesianDates.date(latest.decidedAt().toLocalDate())),
                latest.decreeNumber() != null ? Messages.get("eligibility.source.decree", latest.decreeNumber())
                        : Messages.get("eligibility.source.unnumberedDecree", latest.periodCode()));
    }
}
