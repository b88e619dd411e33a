package id.sipetruk.assessment;

import id.sipetruk.common.FileSizes;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.OpdGroups;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence (data dukung) of a nomination: PDF, JPEG or PNG only, recognised by content; a limit per file and per
 * nomination; changed only while the nomination is in its OPD's hands. A rejected file changes nothing.
 */
@Service
@Transactional
public class EvidenceService {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceService.class);

    /** The statuses in which the OPD (admin or head) works on the nomination. */
    public static final Set<NominationStatus> OPEN_STATES = EnumSet.of(NominationStatus.ASSESSMENT,
            NominationStatus.HEAD_REVIEW, NominationStatus.RETURNED_BY_HEAD, NominationStatus.RETURNED_BY_BKPSDM);

    private static final int MAX_NAME_LENGTH = 200;

    private final EvidenceRepository evidence;
    private final NominationRepository nominations;
    private final EntityManager entityManager;
    private final IdentityService identityService;
    private final long maxFileSize;
    private final long maxTotalSize;
    private final Clock clock;

    public EvidenceService(EvidenceRepository evidence, NominationRepository nominations, EntityManager entityManager,
                           IdentityService identityService,
                           EvidenceProperties limits, Clock clock) {
        this.evidence = evidence;
        this.nominations = nominations;
        this.entityManager = entityManager;
        this.identityService = identityService;
        this.maxFileSize = limits.maxFileSize().toBytes();
        this.maxTotalSize = limits.maxTotalSize().toBytes();
        this.clock = clock;
    }

    /** One file in a batch upload. */
    public record Upload(String fileName, byte[] content) {
    }

    /** Stores one file as evidence of the nomination; see {@link #uploadAll}. */
    public Evidence upload(String nominationCode, String fileName, byte[] content, String uploadedBy) {
        Nomination nomination = lockedOpen(nominationCode);
        return store(nomination, fileName, content, uploadedBy);
    }

    /** Stores several files at once: all of them, or none if one is refused. */
    public List<Evidence> uploadAll(String nominationCode, List<Upload> uploads, String uploadedBy) {
        if (uploads.isEmpty()) {
            throw new ValidationException("evidence.none");
        }
        Nomination nomination = lockedOpen(nominationCode);
        return uploads.stream().map(u -> store(nomination, u.fileName(), u.content(), uploadedBy)).toList();
    }

    /**
     * Removes one evidence file. Only the nomination's OPD (its admin or head group) may remove, in the same
     * statuses as uploading.
     */
    public void remove(String nominationCode, Long evidenceId, String removedBy) {
        Nomination nomination = lockedOpen(nominationCode);
        String opdCode = nomination.getOpd().getCode();
        boolean ofTheOpd = removedBy != null && identityService.createGroupQuery().groupMember(removedBy)
                .groupIdIn(OpdGroups.adminGroup(opdCode), OpdGroups.headGroup(opdCode)).count() > 0;
        if (!ofTheOpd) {
            throw new ValidationException("evidence.removeNotAllowed", nomination.getOpd().getName());
        }
        Evidence file = evidence.findByIdAndNominationCode(evidenceId, nominationCode)
                .orElseThrow(() -> new ValidationException("evidence.unknown"));
        evidence.delete(file);
        LOG.info("Evidence {} ({}) of nomination {} removed by {}", file.getId(), file.getFileName(), nominationCode,
                removedBy);
    }

    @Transactional(readOnly = true)
    public List<EvidenceSummary> list(String nominationCode) {
        return nominations.findByCode(nominationCode)
                .map(n -> evidence.findByNominationIdOrderByUploadedAtAscIdAsc(n.getId()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<EvidenceSummary> list(Long nominationId) {
        return evidence.findByNominationIdOrderByUploadedAtAscIdAsc(nominationId);
    }

    /** The file with its bytes, if it belongs to this nomination. */
    @Transactional(readOnly = true)
    public Optional<Evidence> find(String nominationCode, Long evidenceId) {
        return evidence.findByIdAndNominationCode(evidenceId, nominationCode);
    }

    /** Whether evidence of a nomination in this status may be uploaded or removed. */
    public static boolean isOpen(NominationStatus status) {
        return OPEN_STATES.contains(status);
    }

    public long maxFileSize() { return maxFileSize; }

    public long maxTotalSize() { return maxTotalSize; }

    private Nomination lockedOpen(String nominationCode) {
        Nomination found = nominations.findByCode(nominationCode)
                .orElseThrow(() -> new ValidationException("nomination.unknown"));
        // one upload or removal at a time per nomination, so that two parallel uploads cannot pass the total
        Nomination nomination = entityManager.find(Nomination.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (!isOpen(nomination.getStatus())) {
            throw new ValidationException("evidence.closed", Messages.label(nomination.getStatus()));
        }
        return nomination;
    }

    private Evidence store(Nomination nomination, String rawName, byte[] content, String uploadedBy) {
        String name = sanitize(rawName);
        if (content == null || content.length == 0) {
            throw new ValidationException("evidence.empty", name);
        }
        EvidenceType type = EvidenceType.detect(content)
                .orElseThrow(() -> new ValidationException("evidence.type", name));
        if (content.length > maxFileSize) {
            throw new ValidationException("evidence.fileSize", name, FileSizes.above(content.length, maxFileSize),
                    FileSizes.format(maxFileSize));
        }
        long total = evidence.totalSize(nomination.getId()) + content.length;
        if (total > maxTotalSize) {
            throw new ValidationException("evidence.totalSize", name, FileSizes.above(total, maxTotalSize),
                    FileSizes.format(maxTotalSize));
        }
        String storedName = withExtension(name, type);
        Evidence saved = evidence.saveAndFlush(new Evidence(nomination, storedName, type, content, sha256(content),
                uploadedBy == null || uploadedBy.isBlank() ? "-" : uploadedBy, LocalDateTime.now(clock)));
        LOG.info("Evidence {} ({}, {} bytes) stored for nomination {} by {}", saved.getId(), type, content.length,
                nomination.getCode(), uploadedBy);
        return saved;
    }

    /**
     * The name a person gave the file, made safe to show and to offer as a download name: no folders, no
     * control or reserved characters, at most 200 characters; "berkas" if nothing is left.
     */
    public static String sanitize(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "_")
                .replaceAll("\\s+", " ")
                .strip();
        name = name.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "berkas";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME_LENGTH - extension.length()).strip() + extension;
        }
        return name;
    }

    /** Adds the type's extension when the name does not end with one that fits (a PNG called "foto.pdf"). */
    static String withExtension(String name, EvidenceType type) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (type.extensions().contains(extension)) {
            return name;
        }
        String suffix = "." + type.extensions().get(0);
        return (name.length() + suffix.length() > MAX_NAME_LENGTH
                ? name.substring(0, MAX_NAME_LENGTH - suffix.length()) : name) + suffix;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
