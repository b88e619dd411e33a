package id.sipetruk.document;

import id.sipetruk.regency.Wording;

/**
 * What a stage hands to {@link DocumentService} to issue a document: the facts it prints (from which its verification
 * code is derived), its file name, and how it is drawn. The stages assemble it from their own tables; the document
 * capability knows nothing of nominations, decrees or panels.
 */
public interface DocumentContent {

    DocumentFacts facts();

    String fileName();

    /** The PDF, with the verification code and QR code of the facts printed in it. */
    byte[] render(Verification verification);

    /** The version of the legal wording it prints ({@link Wording#version()}); null for a document without one. */
    default Integer wordingVersion() {
        return null;
    }
}
