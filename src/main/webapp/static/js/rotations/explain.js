// Shared by the rotation views: station kinds, roles and a student's placement explanation phrased in the page's
// language from the parts the server keeps (level labels, standard codes, role), not from its English sentence.
export function kindName(t, kind) {
  return t(`rotations.kind.${kind}`);
}

export function roleName(t, role) {
  return role ? t(`rotations.role.${role}`) : '';
}

function list(t, items) {
  if (items.length <= 1) return items.join('');
  return t('rotations.list.and', items.slice(0, -1).join(', '), items[items.length - 1]);
}

export function explanationText(t, explanation, method, moved) {
  if (!explanation) return '';
  const parts = explanation.levels.map((l) => t('rotations.explain.level', l.label, list(t, l.codes)));
  if (explanation.noEvidence.length) parts.push(t('rotations.explain.noEvidence', list(t, explanation.noEvidence)));
  let reason;
  switch (explanation.role) {
    case 'INTERVENTION': reason = t('rotations.explain.intervention'); break;
    case 'EXTENSION': reason = t('rotations.explain.extension', explanation.group); break;
    case 'PEER_TUTOR': reason = t('rotations.explain.peerTutor'); break;
    default: reason = method === 'MIXED' ? t('rotations.explain.mixed') : t('rotations.explain.similar', explanation.group);
  }
  // As the server phrases it: a student at mastery gets a colon (what they do), others a semicolon (why they are here).
  const mastered = explanation.role === 'EXTENSION' || explanation.role === 'PEER_TUTOR';
  const text = parts.length ? `${parts.join('; ')}${mastered ? ': ' : '; '}${reason}` : reason;
  return moved ? `${text}; ${t('rotations.explain.moved')}` : text;
}
