package io.posestate.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

import io.posestate.model.EstatePackage;
import io.posestate.model.util.ObjectNames;

/**
 * Validates estate objects (and everything they contain) with the estate constraints and EMF's generic checks,
 * naming objects by their keys in every message.
 */
public final class EstateValidation {

    /** Diagnostician whose generic EMF messages name objects like the estate constraints do. */
    private static final class EstateDiagnostician extends Diagnostician {
        @Override
        public String getObjectLabel(EObject eObject) {
            return ObjectNames.of(eObject);
        }
    }

    private EstateValidation() {
    }

    /** The full diagnostic tree for {@code root} and its contents. */
    public static Diagnostic diagnose(EObject root) {
        EstatePackage.eINSTANCE.eClass(); // registers the estate validator
        return new EstateDiagnostician().validate(root);
    }

    /** Readable messages of every warning and error found in {@code root} and its contents; empty when valid. */
    public static List<String> validate(EObject root) {
        List<String> messages = new ArrayList<>();
        collect(diagnose(root), messages);
        return messages;
    }

    private static void collect(Diagnostic diagnostic, List<String> messages) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                messages.add(diagnostic.getMessage());
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, messages);
        }
    }
}
