// Package gorm is a minimal stub of gorm.io/gorm.
package gorm

import "context"

type DB struct{ Error error }

type Session struct{ Context context.Context }

func (db *DB) WithContext(ctx context.Context) *DB           { return db }
func (db *DB) Session(s *Session) *DB                        { return db }
func (db *DB) Where(query any, args ...any) *DB              { return db }
func (db *DB) Model(value any) *DB                           { return db }
func (db *DB) First(dest any, conds ...any) *DB              { return db }
func (db *DB) Find(dest any, conds ...any) *DB               { return db }
func (db *DB) Create(value any) *DB                          { return db }
func (db *DB) Begin() *DB                                    { return db }
func (db *DB) Transaction(fc func(tx *DB) error) (err error) { return fc(db) }
