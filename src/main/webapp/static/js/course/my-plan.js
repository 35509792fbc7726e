// The student's page, opened from "My learning plan". Each feature adds its view here: { id, label, module, element }.
import { TabbedPage } from './tabbed-page.js';

const VIEWS = [
  { id: 'plan', label: 'plans.view.plan', module: '/static/js/plans/plan-view.js', element: 'cairn-plan-view' },
  { id: 'progress', label: 'mastery.view.progress', module: '/static/js/mastery/my-progress.js', element: 'cairn-my-progress' },
  { id: 'rotation', label: 'rotations.view.student', module: '/static/js/rotations/my-rotation-view.js', element: 'cairn-my-rotation-view' },
];

class CairnMyPlan extends TabbedPage {
  constructor() {
    super(VIEWS);
  }
}

customElements.define('cairn-my-plan', CairnMyPlan);
