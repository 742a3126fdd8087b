/**
 */
package io.posestate.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lifecycle Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One state transition of a terminal, who made it, why, and the evidence kept.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.LifecycleEvent#getFromState <em>From State</em>}</li>
 *   <li>{@link io.posestate.model.LifecycleEvent#getToState <em>To State</em>}</li>
 *   <li>{@link io.posestate.model.LifecycleEvent#getTime <em>Time</em>}</li>
 *   <li>{@link io.posestate.model.LifecycleEvent#getActor <em>Actor</em>}</li>
 *   <li>{@link io.posestate.model.LifecycleEvent#getReason <em>Reason</em>}</li>
 *   <li>{@link io.posestate.model.LifecycleEvent#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see io.posestate.model.EstatePackage#getLifecycleEvent()
 * @model
 * @generated
 */
public interface LifecycleEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>From State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.model.TerminalState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state left; unset for the event that created the terminal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From State</em>' attribute.
	 * @see io.posestate.model.TerminalState
	 * @see #isSetFromState()
	 * @see #unsetFromState()
	 * @see #setFromState(TerminalState)
	 * @see io.posestate.model.EstatePackage#getLifecycleEvent_FromState()
	 * @model unsettable="true"
	 * @generated
	 */
	TerminalState getFromState();

	/**
	 * Sets the value of the '{@link io.posestate.model.LifecycleEvent#getFromState <em>From State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From State</em>' attribute.
	 * @see io.posestate.model.TerminalState
	 * @see #isSetFromState()
	 * @see #unsetFromState()
	 * @see #getFromState()
	 * @generated
	 */
	void setFromState(TerminalState value);

	/**
	 * Unsets the value of the '{@link io.posestate.model.LifecycleEvent#getFromState <em>From State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFromState()
	 * @see #getFromState()
	 * @see #setFromState(TerminalState)
	 * @generated
	 */
	void unsetFromState();

	/**
	 * Returns whether the value of the '{@link io.posestate.model.LifecycleEvent#getFromState <em>From State</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>From State</em>' attribute is set.
	 * @see #unsetFromState()
	 * @see #getFromState()
	 * @see #setFromState(TerminalState)
	 * @generated
	 */
	boolean isSetFromState();

	/**
	 * Returns the value of the '<em><b>To State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.posestate.model.TerminalState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To State</em>' attribute.
	 * @see io.posestate.model.TerminalState
	 * @see #setToState(TerminalState)
	 * @see io.posestate.model.EstatePackage#getLifecycleEvent_ToState()
	 * @model
	 * @generated
	 */
	TerminalState getToState();

	/**
	 * Sets the value of the '{@link io.posestate.model.LifecycleEvent#getToState <em>To State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To State</em>' attribute.
	 * @see io.posestate.model.TerminalState
	 * @see #getToState()
	 * @generated
	 */
	void setToState(TerminalState value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(Instant)
	 * @see io.posestate.model.EstatePackage#getLifecycleEvent_Time()
	 * @model dataType="io.posestate.model.Instant"
	 * @generated
	 */
	Instant getTime();

	/**
	 * Sets the value of the '{@link io.posestate.model.LifecycleEvent#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Actor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor</em>' attribute.
	 * @see #setActor(String)
	 * @see io.posestate.model.EstatePackage#getLifecycleEvent_Actor()
	 * @model
	 * @generated
	 */
	String getActor();

	/**
	 * Sets the value of the '{@link io.posestate.model.LifecycleEvent#getActor <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor</em>' attribute.
	 * @see #getActor()
	 * @generated
	 */
	void setActor(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see io.posestate.model.EstatePackage#getLifecycleEvent_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link io.posestate.model.LifecycleEvent#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link io.posestate.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see io.posestate.model.EstatePackage#getLifecycleEvent_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // LifecycleEvent
