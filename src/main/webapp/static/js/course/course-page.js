// The teacher's course page. Each feature adds its view here: { id, label, module, element }.
import { TabbedPage } from './tabbed-page.js';

const VIEWS = [
  { id: 'class', label: 'mastery.view.class', module: '/static/js/mastery/class-view.js', element: 'cairn-class-view' },
  { id: 'standards', label: 'competency.view.standards', module: '/static/js/competency/standards-view.js', element: 'cairn-standards-view' },
  { id: 'plans', label: 'plans.view.plans', module: '/static/js/plans/plans-view.js', element: 'cairn-plans-view' },
  { id: 'rotations', label: 'rotations.view', module: '/static/js/rotations/rotations-view.js', element: 'cairn-rotations-view' },
  { id: 'grades', label: 'grades.view', module: '/static/js/grades/grades-view.js', element: 'cairn-grades-view' },
  { id: 'people', label: 'shell.view.people', module: '/static/js/roster/people-view.js', element: 'cairn-people-view' },
];

class CairnCoursePage extends TabbedPage {
  constructor() {
    super(VIEWS);
  }
}

customElements.define('cairn-course-page', CairnCoursePage);
