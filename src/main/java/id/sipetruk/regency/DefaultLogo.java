package id.sipetruk.regency;

/**
 * A logo supplied by code when neither BKPSDM (/pengaturan) nor the configuration ({@code sipetruk.regency.logo})
 * gives one, e.g. the demo regency's emblem drawn at start-up. PNG or JPEG bytes.
 */
@FunctionalInterface
public interface DefaultLogo {

    byte[] bytes();
}
