/**
 */
package io.posestate.model.impl;

import io.posestate.model.EstatePackage;
import io.posestate.model.Evidence;
import io.posestate.model.LifecycleEvent;
import io.posestate.model.TerminalState;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lifecycle Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.posestate.model.impl.LifecycleEventImpl#getFromState <em>From State</em>}</li>
 *   <li>{@link io.posestate.model.impl.LifecycleEventImpl#getToState <em>To State</em>}</li>
 *   <li>{@link io.posestate.model.impl.LifecycleEventImpl#getTime <em>Time</em>}</li>
 *   <li>{@link io.posestate.model.impl.LifecycleEventImpl#getActor <em>Actor</em>}</li>
 *   <li>{@link io.posestate.model.impl.LifecycleEventImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link io.posestate.model.impl.LifecycleEventImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LifecycleEventImpl extends MinimalEObjectImpl.Container implements LifecycleEvent {
	/**
	 * The default value of the '{@link #getFromState() <em>From State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromState()
	 * @generated
	 * @ordered
	 */
	protected static final TerminalState FROM_STATE_EDEFAULT = TerminalState.IN_STOCK;

	/**
	 * The cached value of the '{@link #getFromState() <em>From State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromState()
	 * @generated
	 * @ordered
	 */
	protected TerminalState fromState = FROM_STATE_EDEFAULT;

	/**
	 * This is true if the From State attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fromStateESet;

	/**
	 * The default value of the '{@link #getToState() <em>To State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToState()
	 * @generated
	 * @ordered
	 */
	protected static final TerminalState TO_STATE_EDEFAULT = TerminalState.IN_STOCK;

	/**
	 * The cached value of the '{@link #getToState() <em>To State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToState()
	 * @generated
	 * @ordered
	 */
	protected TerminalState toState = TO_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected Instant time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActor() <em>Actor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActor()
	 * @generated
	 * @ordered
	 */
	protected String actor = ACTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LifecycleEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EstatePackage.Literals.LIFECYCLE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalState getFromState() {
		return fromState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromState(TerminalState newFromState) {
		TerminalState oldFromState = fromState;
		fromState = newFromState == null ? FROM_STATE_EDEFAULT : newFromState;
		boolean oldFromStateESet = fromStateESet;
		fromStateESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.LIFECYCLE_EVENT__FROM_STATE, oldFromState, fromState, !oldFromStateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFromState() {
		TerminalState oldFromState = fromState;
		boolean oldFromStateESet = fromStateESet;
		fromState = FROM_STATE_EDEFAULT;
		fromStateESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EstatePackage.LIFECYCLE_EVENT__FROM_STATE, oldFromState, FROM_STATE_EDEFAULT, oldFromStateESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFromState() {
		return fromStateESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerminalState getToState() {
		return toState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToState(TerminalState newToState) {
		TerminalState oldToState = toState;
		toState = newToState == null ? TO_STATE_EDEFAULT : newToState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.LIFECYCLE_EVENT__TO_STATE, oldToState, toState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(Instant newTime) {
		Instant oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.LIFECYCLE_EVENT__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActor() {
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActor(String newActor) {
		String oldActor = actor;
		actor = newActor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.LIFECYCLE_EVENT__ACTOR, oldActor, actor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EstatePackage.LIFECYCLE_EVENT__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<Evidence>(Evidence.class, this, EstatePackage.LIFECYCLE_EVENT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EstatePackage.LIFECYCLE_EVENT__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EstatePackage.LIFECYCLE_EVENT__FROM_STATE:
				return getFromState();
			case EstatePackage.LIFECYCLE_EVENT__TO_STATE:
				return getToState();
			case EstatePackage.LIFECYCLE_EVENT__TIME:
				return getTime();
			case EstatePackage.LIFECYCLE_EVENT__ACTOR:
				return getActor();
			case EstatePackage.LIFECYCLE_EVENT__REASON:
				return getReason();
			case EstatePackage.LIFECYCLE_EVENT__EVIDENCE:
				return getEvidence();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EstatePackage.LIFECYCLE_EVENT__FROM_STATE:
				setFromState((TerminalState)newValue);
				return;
			case EstatePackage.LIFECYCLE_EVENT__TO_STATE:
				setToState((TerminalState)newValue);
				return;
			case EstatePackage.LIFECYCLE_EVENT__TIME:
				setTime((Instant)newValue);
				return;
			case EstatePackage.LIFECYCLE_EVENT__ACTOR:
				setActor((String)newValue);
				return;
			case EstatePackage.LIFECYCLE_EVENT__REASON:
				setReason((String)newValue);
				return;
			case EstatePackage.LIFECYCLE_EVENT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EstatePackage.LIFECYCLE_EVENT__FROM_STATE:
				unsetFromState();
				return;
			case EstatePackage.LIFECYCLE_EVENT__TO_STATE:
				setToState(TO_STATE_EDEFAULT);
				return;
			case EstatePackage.LIFECYCLE_EVENT__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case EstatePackage.LIFECYCLE_EVENT__ACTOR:
				setActor(ACTOR_EDEFAULT);
				return;
			case EstatePackage.LIFECYCLE_EVENT__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case EstatePackage.LIFECYCLE_EVENT__EVIDENCE:
				getEvidence().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EstatePackage.LIFECYCLE_EVENT__FROM_STATE:
				return isSetFromState();
			case EstatePackage.LIFECYCLE_EVENT__TO_STATE:
				return toState != TO_STATE_EDEFAULT;
			case EstatePackage.LIFECYCLE_EVENT__TIME:
				return TIME_EDEFAULT == null ? time != null : !TIME_EDEFAULT.equals(time);
			case EstatePackage.LIFECYCLE_EVENT__ACTOR:
				return ACTOR_EDEFAULT == null ? actor != null : !ACTOR_EDEFAULT.equals(actor);
			case EstatePackage.LIFECYCLE_EVENT__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case EstatePackage.LIFECYCLE_EVENT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fromState: ");
		if (fromStateESet) result.append(fromState); else result.append("<unset>");
		result.append(", toState: ");
		result.append(toState);
		result.append(", time: ");
		result.append(time);
		result.append(", actor: ");
		result.append(actor);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //LifecycleEventImpl
