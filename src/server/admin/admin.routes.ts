/**
 * The administration API under /api/admin: for administrators only. Entities (bodies,
 * departments, territories, glossary families and categories, contractors, users), the audit
 * log, the glossary (CSV) and territories (GeoJSON) imports and exports, and the local address
 * index (BAN CSV).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  adminBodySchema,
  adminCategorySchema,
  adminContractorSchema,
  adminDepartmentSchema,
  adminFamilySchema,
  adminTerritorySchema,
  auditListResponse,
  auditQuery,
  bodyInput,
  bodyPatch,
  categoryInput,
  categoryPatch,
  contractorInput,
  contractorPatch,
  departmentInput,
  departmentPatch,
  familyInput,
  familyPatch,
  territoryInput,
  territoryPatch,
} from '../../core/api/admin.js';
import { errorResponses } from '../../core/api/common.js';
import { addressesRoutes } from '../geocoding/addresses.routes.js';
import { listAudit } from './audit.service.js';
import { bodies } from './bodies.entity.js';
import { categories } from './categories.entity.js';
import { contractors } from './contractors.entity.js';
import { departments } from './departments.entity.js';
import { plainEntityRoutes } from './entity.routes.js';
import { families } from './families.entity.js';
import { importRoutes } from './imports.routes.js';
import { territories } from './territories.entity.js';
import { usersRoutes } from './users.routes.js';

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(
    plainEntityRoutes({
      path: '/bodies',
      plural: 'bodies',
      def: bodies,
      dto: adminBodySchema,
      body: bodyInput,
      patch: bodyPatch,
    }),
  );
  await app.register(
    plainEntityRoutes({
      path: '/departments',
      plural: 'departments',
      def: departments,
      dto: adminDepartmentSchema,
      body: departmentInput,
      patch: departmentPatch,
    }),
  );
  await app.register(
    plainEntityRoutes({
      path: '/territories',
      plural: 'territories',
      def: territories,
      dto: adminTerritorySchema,
      body: territoryInput,
      patch: territoryPatch,
    }),
  );
  await app.register(
    plainEntityRoutes({
      path: '/families',
      plural: 'glossary families',
      def: families,
      dto: adminFamilySchema,
      body: familyInput,
      patch: familyPatch,
    }),
  );
  await app.register(
    plainEntityRoutes({
      path: '/categories',
      plural: 'glossary categories',
      def: categories,
      dto: adminCategorySchema,
      body: categoryInput,
      patch: categoryPatch,
    }),
  );
  await app.register(
    plainEntityRoutes({
      path: '/contractors',
      plural: 'contractors',
      def: contractors,
      dto: adminContractorSchema,
      body: contractorInput,
      patch: contractorPatch,
    }),
  );
  await app.register(usersRoutes);
  await app.register(importRoutes);
  await app.register(addressesRoutes);

  app.get(
    '/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'Changes made by administrators, newest first, one page at a time (pass nextCursor as cursor)',
        querystring: auditQuery,
        response: { 200: auditListResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => listAudit(app.relais, req.actor(), req.query),
  );
};
